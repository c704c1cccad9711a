package dev.laurel.tool.credentials.wallet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** LinkedIn's "Add to profile" certification URL for a badge, pointing at the badge's public verification page. */
public final class LinkedInCertification {

    private static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME";

    private LinkedInCertification() {
    }

    /** The URL with name, issuing organisation, issue year and month, certificate URL and id. */
    public static String url(LearnerBadge badge, String certUrl) {
        StringBuilder url = new StringBuilder(ADD_TO_PROFILE);
        param(url, "name", badge.content().name());
        param(url, "organizationName", badge.content().issuerName());
        if (badge.content().issuedAt() != null) {
            ZonedDateTime issued = badge.content().issuedAt().atZone(ZoneOffset.UTC);
            param(url, "issueYear", String.valueOf(issued.getYear()));
            param(url, "issueMonth", String.valueOf(issued.getMonthValue()));
        }
        param(url, "certUrl", certUrl);
        param(url, "certId", badge.credential().credentialId());
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
