package dev.laurel.bridge.canvas.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.Assert;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canvas's developer-key JSON configuration of an LTI 1.3 tool; build it with {@link #builder()} and serve
 * {@link #toJson()} at a URL the Canvas admin pastes into "Enter URL".
 *
 * @see <a href="https://canvas.instructure.com/doc/api/file.lti_dev_key_config.html#anatomy-of-a-json-configuration">Anatomy of a JSON configuration</a>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"title", "description", "oidc_initiation_url", "target_link_uri", "public_jwk_url", "scopes",
        "extensions", "custom_fields"})
public record CanvasDeveloperKeyConfiguration(String title, String description,
        @JsonProperty("oidc_initiation_url") URI oidcInitiationUrl, @JsonProperty("target_link_uri") URI targetLinkUri,
        @JsonProperty("public_jwk_url") URI publicJwkUrl, List<String> scopes, List<CanvasExtension> extensions,
        @JsonProperty("custom_fields") Map<String, String> customFields) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CanvasDeveloperKeyConfiguration {
        Assert.hasText(title, "title cannot be empty");
        Assert.hasText(description, "description cannot be empty");
        Assert.notNull(oidcInitiationUrl, "oidcInitiationUrl cannot be null");
        Assert.notNull(targetLinkUri, "targetLinkUri cannot be null");
        Assert.notNull(publicJwkUrl, "publicJwkUrl cannot be null");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The configuration as Canvas reads it. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** Builds a configuration with one {@code canvas.instructure.com} extension. */
    public static final class Builder {

        private String title;
        private String description;
        private URI oidcInitiationUrl;
        private URI targetLinkUri;
        private URI publicJwkUrl;
        private final List<String> scopes = new ArrayList<>();
        private String domain;
        private String toolId;
        private CanvasPrivacyLevel privacyLevel = CanvasPrivacyLevel.ANONYMOUS;
        private String text;
        private URI iconUrl;
        private final List<CanvasPlacement> placements = new ArrayList<>();
        private final Map<String, String> customFields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder oidcInitiationUrl(URI url) {
            this.oidcInitiationUrl = url;
            return this;
        }

        public Builder targetLinkUri(URI uri) {
            this.targetLinkUri = uri;
            return this;
        }

        public Builder publicJwkUrl(URI url) {
            this.publicJwkUrl = url;
            return this;
        }

        public Builder scope(String scope) {
            this.scopes.add(scope);
            return this;
        }

        public Builder scopes(List<String> scopes) {
            this.scopes.addAll(scopes);
            return this;
        }

        /** The domain Canvas matches links against (host of the tool). */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        public Builder toolId(String toolId) {
            this.toolId = toolId;
            return this;
        }

        public Builder privacyLevel(CanvasPrivacyLevel privacyLevel) {
            this.privacyLevel = privacyLevel;
            return this;
        }

        /** Tool-level link text. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder iconUrl(URI iconUrl) {
            this.iconUrl = iconUrl;
            return this;
        }

        public Builder placement(CanvasPlacement placement) {
            this.placements.add(placement);
            return this;
        }

        public Builder customField(String name, String value) {
            this.customFields.put(name, value);
            return this;
        }

        public CanvasDeveloperKeyConfiguration build() {
            CanvasExtension extension = new CanvasExtension(CanvasExtension.CANVAS_PLATFORM, domain, toolId,
                    privacyLevel, new CanvasExtension.Settings(text, iconUrl, placements));
            return new CanvasDeveloperKeyConfiguration(title, description, oidcInitiationUrl, targetLinkUri,
                    publicJwkUrl, scopes, List.of(extension), customFields);
        }
    }
}
