package dev.laurel.tool.launch;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.tool.launch.validation.KeyIdRule;
import dev.laurel.tool.launch.validation.LtiDeploymentValidator;
import dev.laurel.tool.launch.validation.LtiKeySelectionException;
import dev.laurel.tool.launch.validation.LtiNonceValidator;
import dev.laurel.tool.launch.validation.LtiTargetLinkUriValidator;
import dev.laurel.tool.launch.validation.PlatformJwtDecoders;
import dev.laurel.tool.launch.validation.Rs256AlgorithmRule;
import dev.laurel.tool.registration.PlatformRegistration;
import dev.laurel.tool.registration.PlatformRegistrations;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.stereotype.Component;

/**
 * Validates an LTI 1.3 launch: the state is a login Laurel started and signed, bound to this browser (cookie) or
 * read back from platform storage; the id_token verifies with the platform's key ({@code NimbusJwtDecoder} per
 * registration) and passes every rule. Only then is a deployment added, and the nonce used up once together with
 * the start of the session ({@link LtiLaunchCompletion}; with an {@link LtiCourseLaunchedEvent} for a launch in a
 * course); an authenticated {@link LtiLaunchAuthentication} carries the new session's id.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3</a>
 */
@Component
public final class LtiLaunchAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LtiLaunchAuthenticationProvider.class);

    private final LtiLoginStates loginStates;
    private final PlatformRegistrations registrations;
    private final PlatformJwtDecoders decoders;
    private final LtiLaunchCompletion completion;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Rs256AlgorithmRule algorithmRule = new Rs256AlgorithmRule();
    private final KeyIdRule keyIdRule = new KeyIdRule();

    public LtiLaunchAuthenticationProvider(LtiLoginStates loginStates, PlatformRegistrations registrations,
            PlatformJwtDecoders decoders, LtiLaunchCompletion completion, ApplicationEventPublisher events,
            Clock clock) {
        this.loginStates = loginStates;
        this.registrations = registrations;
        this.decoders = decoders;
        this.completion = completion;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LtiLaunchAuthenticationToken launch = (LtiLaunchAuthenticationToken) authentication;
        // Security Framework §5.1.1.3: the response carries the state of the authentication request
        if (launch.state() == null || launch.state().isBlank()) {
            throw new LtiLaunchException(LtiLaunchError.STATE_MISSING, null);
        }
        LtiLogin login = loginStates.find(launch.state())
                .filter(found -> !found.expiredAt(clock.instant()))
                .orElseThrow(() -> new LtiLaunchException(LtiLaunchError.NO_LOGIN, null));
        PlatformRegistration registration = registrations.findById(login.registrationId())
                .orElseThrow(() -> new LtiLaunchException(LtiLaunchError.NO_LOGIN, null));
        checkBrowserBinding(launch, login, registration);
        Jwt jwt = decode(launch.idToken(), registration);
        fail(new DelegatingOAuth2TokenValidator<>(new LtiNonceValidator(login), new LtiTargetLinkUriValidator(login))
                .validate(jwt), registration);
        fail(new LtiDeploymentValidator(registrations, registration.id()).validate(jwt), registration);
        LtiLaunchMessage message = LtiLaunchMessage.from(jwt, registration.id());
        // Security Framework §5.1.3 (9): the nonce is used once, across every instance; the session starts with it
        String sessionId = completion.complete(login, message, launch.viaPlatformStorage())
                .orElseThrow(() -> new LtiLaunchException(LtiLaunchError.NONCE_REPLAYED, registration.id()));
        registrations.recordLaunch(registration.id(), clock.instant());
        if (message.user().contextId() != null) {
            try {
                events.publishEvent(new LtiCourseLaunchedEvent(message.user()));
            }
            catch (RuntimeException ex) {
                // what features do after a launch never fails the launch itself
                log.warn("A listener of the launch in registration {} failed ({})", registration.id(),
                        ex.getClass().getSimpleName());
            }
        }
        return new LtiLaunchAuthentication(message, launch.viaPlatformStorage(), sessionId,
                LtiSessionAuthentication.authorities(message.user()));
    }

    private void checkBrowserBinding(LtiLaunchAuthenticationToken launch, LtiLogin login,
            PlatformRegistration registration) {
        if (launch.viaPlatformStorage()) {
            // LTI OIDC with client side postMessages: the state read back from platform storage is this login's
            if (!login.offersPlatformStorage()) {
                throw new LtiLaunchException(LtiLaunchError.STATE_MISSING, registration.id());
            }
            if (launch.platformStoredState().isBlank()) {
                throw new LtiLaunchException(LtiLaunchError.STATE_MISSING, registration.id());
            }
            if (!OpaqueValues.same(launch.platformStoredState(), launch.state())) {
                throw new LtiLaunchException(LtiLaunchError.STATE_MISMATCH, registration.id());
            }
            return;
        }
        if (launch.browserBinding() == null) {
            if (login.offersPlatformStorage()) {
                throw new LtiPlatformStorageRequiredException(login.storageTarget(), origin(registration.authorizationUrl()));
            }
            throw new LtiLaunchException(LtiLaunchError.STATE_MISSING, registration.id());
        }
        // Security Framework §5.1.1.3 / OIDC §3.1.2.7: the state is bound to the browser that started the login
        if (!LtiLoginStates.boundTo(login, launch.browserBinding())) {
            throw new LtiLaunchException(LtiLaunchError.STATE_MISMATCH, registration.id());
        }
    }

    private Jwt decode(String idToken, PlatformRegistration registration) {
        if (idToken == null || idToken.isBlank()) {
            throw new LtiLaunchException(LtiLaunchError.MALFORMED_TOKEN, registration.id());
        }
        try {
            // the key selector applies the header rules (RS256, kid) before any key is used
            return decoders.decoderFor(registration).decode(idToken);
        }
        catch (JwtException ex) {
            throw new LtiLaunchException(headerError(idToken).orElseGet(() -> errorOf(ex)), registration.id());
        }
    }

    /**
     * Why a token that did not decode fails already in its JOSE header, in the order the key selector checks:
     * not a JWS, or not RS256 ({@code unsupported_alg}, also for {@code none} that the decoder refuses before any
     * key selection), no {@code kid}; an unreadable header is {@code malformed_token}. Read only for the rejection.
     */
    private Optional<LtiLaunchError> headerError(String idToken) {
        try {
            int headerEnd = idToken.indexOf('.');
            if (headerEnd <= 0) {
                return Optional.of(LtiLaunchError.MALFORMED_TOKEN);
            }
            if (!(Header.parse(new Base64URL(idToken.substring(0, headerEnd))) instanceof JWSHeader header)) {
                return Optional.of(LtiLaunchError.UNSUPPORTED_ALG);
            }
            algorithmRule.check(header);
            keyIdRule.check(header);
            return Optional.empty();
        }
        catch (ParseException ex) {
            return Optional.of(LtiLaunchError.MALFORMED_TOKEN);
        }
        catch (LtiKeySelectionException ex) {
            return Optional.of(ex.launchError());
        }
    }

    private static LtiLaunchError errorOf(JwtException ex) {
        if (ex instanceof JwtValidationException invalid) {
            return invalid.getErrors().stream().map(OAuth2Error::getErrorCode).map(LtiLaunchError::ofCode)
                    .flatMap(Optional::stream).findFirst().orElse(LtiLaunchError.MALFORMED_TOKEN);
        }
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof LtiKeySelectionException selection) {
                return selection.launchError();
            }
            if (cause instanceof BadJWSException) {
                return LtiLaunchError.INVALID_SIGNATURE;
            }
        }
        return LtiLaunchError.MALFORMED_TOKEN;
    }

    private static void fail(OAuth2TokenValidatorResult result, PlatformRegistration registration) {
        if (result.hasErrors()) {
            LtiLaunchError error = result.getErrors().stream().map(OAuth2Error::getErrorCode).map(LtiLaunchError::ofCode)
                    .flatMap(Optional::stream).findFirst().orElse(LtiLaunchError.MALFORMED_TOKEN);
            throw new LtiLaunchException(error, registration.id());
        }
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return LtiLaunchAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
