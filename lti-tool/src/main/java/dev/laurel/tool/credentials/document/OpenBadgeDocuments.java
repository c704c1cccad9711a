package dev.laurel.tool.credentials.document;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.jsonld.BundledContexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Open Badges 3.0 documents: the {@code OpenBadgeCredential} (VC 2.0 + OB 3.0.3 contexts), its
 * {@code Achievement} and the issuer {@code Profile}.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#openbadgecredential">Open Badges 3.0 §B.1.1 OpenBadgeCredential</a>
 */
@Component
public class OpenBadgeDocuments {

    public static final String ACHIEVEMENT_CREDENTIAL_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private final LaurelProperties laurel;
    private final JsonMapper mapper;
    private final AchievementDocuments achievements;

    public OpenBadgeDocuments(LaurelProperties laurel, JsonMapper mapper) {
        this.laurel = laurel;
        this.mapper = mapper;
        this.achievements = new AchievementDocuments(mapper);
    }

    /** The public id of the achievement with {@code key}. */
    public String achievementId(String key) {
        return laurel.baseUrl() + "/achievements/" + key;
    }

    /** The public id of a credential. */
    public String credentialId(UUID uuid) {
        return laurel.baseUrl() + "/credentials/" + uuid;
    }

    /** The {@code Achievement} as credentials embed it and {@code GET /achievements/{key}} serves it. */
    public ObjectNode achievement(AchievementDefinition definition) {
        return achievements.achievement(achievementId(definition.key()), definition);
    }

    /**
     * The issuer {@code Profile}, with the address carrying the country (EU element 3); without an image of
     * its own, the issuer's generated emblem at {@code {issuer id}/image.svg}.
     */
    public ObjectNode profile(IssuerProfile issuer) {
        ObjectNode profile = mapper.createObjectNode();
        profile.put("id", issuer.id());
        profile.putArray("type").add("Profile");
        profile.put("name", issuer.name());
        putIfPresent(profile, "url", issuer.url());
        putIfPresent(profile, "email", issuer.email());
        String image = issuer.imageUrl() != null ? issuer.imageUrl() : issuer.id() + "/image.svg";
        profile.set("image", mapper.createObjectNode().put("id", image).put("type", "Image"));
        ObjectNode address = profile.putObject("address");
        address.putArray("type").add("Address");
        putIfPresent(address, "addressCountry", issuer.addressCountry());
        address.put("addressCountryCode", issuer.addressCountryCode());
        return profile;
    }

    /** The unsigned credential. */
    public ObjectNode credential(CredentialDraft draft) {
        return credential(draft, achievement(draft.achievement()));
    }

    /**
     * The unsigned credential with {@code achievement} (built by {@link #achievement} from the draft's achievement, or
     * a stand-in) as its subject's achievement; a batch builds the achievement once and shares the node, read-only.
     */
    public ObjectNode credential(CredentialDraft draft, ObjectNode achievement) {
        ObjectNode credential = mapper.createObjectNode();
        ArrayNode context = credential.putArray("@context").add(BundledContexts.VC_V2).add(BundledContexts.OB_V3P0_3_0_3);
        if (draft.achievement().eu() != null) {
            context.add(BundledContexts.laurelExtUrl(laurel.baseUrl()));
        }
        credential.put("id", draft.credentialId());
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", draft.achievement().name());
        credential.set("issuer", profile(draft.issuer()));
        String awarded = draft.awardedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        credential.put("validFrom", awarded);
        if (draft.validUntil() != null) {
            credential.put("validUntil", draft.validUntil().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        credential.put("awardedDate", awarded);
        credential.set("credentialSubject", subject(draft, achievement));
        if (!draft.evidence().isEmpty()) {
            ArrayNode evidence = credential.putArray("evidence");
            draft.evidence().forEach(item -> evidence.add(evidence(item)));
        }
        if (draft.credentialStatus().size() == 1) {
            // OB 3.0 achievement credential schema: credentialStatus is a single CredentialStatus object
            credential.set("credentialStatus", draft.credentialStatus().get(0));
        }
        else if (!draft.credentialStatus().isEmpty()) {
            ArrayNode status = credential.putArray("credentialStatus");
            draft.credentialStatus().forEach(status::add);
        }
        credential.putArray("credentialSchema").addObject()
            .put("id", ACHIEVEMENT_CREDENTIAL_SCHEMA).put("type", "1EdTechJsonSchemaValidator2019");
        return credential;
    }

    private ObjectNode subject(CredentialDraft draft, ObjectNode achievement) {
        ObjectNode subject = mapper.createObjectNode();
        Recipient recipient = draft.recipient();
        if (recipient.email() == null) {
            subject.put("id", "urn:uuid:" + UUID.nameUUIDFromBytes(
                    (draft.issuer().id() + "|" + recipient.stableId()).getBytes(StandardCharsets.UTF_8)));
        }
        subject.putArray("type").add("AchievementSubject");
        if (recipient.email() != null || recipient.name() != null) {
            ArrayNode identifiers = subject.putArray("identifier");
            if (recipient.email() != null) {
                identifiers.addObject().put("type", "IdentityObject")
                    .put("identityHash", identityHash(recipient.email().trim().toLowerCase(java.util.Locale.ROOT), draft.salt()))
                    .put("identityType", "emailAddress").put("hashed", true).put("salt", draft.salt());
            }
            if (recipient.name() != null) {
                identifiers.addObject().put("type", "IdentityObject").put("identityHash", recipient.name())
                    .put("identityType", "name").put("hashed", false);
            }
        }
        subject.set("achievement", achievement);
        if (!draft.results().isEmpty()) {
            ArrayNode results = subject.putArray("result");
            String achievementId = achievementId(draft.achievement().key());
            for (AchievedResult result : draft.results()) {
                ObjectNode node = results.addObject();
                node.putArray("type").add("Result");
                node.put("resultDescription", AchievementDocuments.criterionId(achievementId, result.criterionKey()));
                node.put("achievedLevel", AchievementDocuments.levelId(achievementId, result.criterionKey(), result.levelKey()));
            }
        }
        return subject;
    }

    private ObjectNode evidence(EvidenceItem item) {
        ObjectNode node = mapper.createObjectNode();
        putIfPresent(node, "id", item.url());
        node.putArray("type").add("Evidence");
        putIfPresent(node, "name", item.name());
        putIfPresent(node, "narrative", item.narrative());
        putIfPresent(node, "description", item.description());
        return node;
    }

    /**
     * {@code sha256$} and the hex SHA-256 of the value followed by the salt.
     *
     * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#identityobject">Open Badges 3.0 §B.1.6 IdentityObject</a>
     */
    public static String identityHash(String value, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((value + (salt == null ? "" : salt)).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

}
