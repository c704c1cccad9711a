package dev.laurel.tool.credentials.status;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Status list settings.
 *
 * @param listSize statuses per list (at least 131,072, a multiple of 8)
 * @param fillPercent a list takes new credentials until this share of its indexes is taken, then the next
 *        list opens; kept well below 100 so random indexes rarely collide
 * @param maxAge how long a verifier may cache a served status list credential
 * @param embedSuspension whether issued credentials carry their suspension entry too; off by default because
 *        the OB 3.0 achievement credential schema allows a single {@code credentialStatus} object, so only the
 *        revocation entry is embedded (the suspension index is still reserved, served, and read by Laurel's verifier)
 */
@ConfigurationProperties("laurel.credentials.status")
public record StatusListProperties(@DefaultValue("131072") int listSize, @DefaultValue("50") int fillPercent,
        @DefaultValue("30s") Duration maxAge, @DefaultValue("false") boolean embedSuspension) {

    public StatusListProperties {
        Assert.isTrue(listSize >= BitstringStatusList.MINIMUM_SIZE && listSize % 8 == 0,
                "laurel.credentials.status.list-size must be a multiple of 8 and at least " + BitstringStatusList.MINIMUM_SIZE);
        Assert.isTrue(fillPercent > 0 && fillPercent <= 90, "laurel.credentials.status.fill-percent must be between 1 and 90");
    }

    /** How many indexes a list hands out before the next one opens. */
    public long capacity() {
        return (long) listSize * fillPercent / 100;
    }
}
