package dev.laurel.tool.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Lifetimes of the tool's LTI keys, as {@code DESIGN.md} sets them.
 *
 * @param rotationPeriod how long a key is the current signing key
 * @param prePublication how long the next key is published before it signs
 * @param retiredPublication how long a retired key stays published after it stopped signing
 * @param checkInterval how often the rotation job runs
 * @param cacheRefresh how long an instance trusts its in-memory copy before reading the keys again
 */
@ConfigurationProperties("laurel.keys.rotation")
public record ToolKeyRotationProperties(@DefaultValue("90d") Duration rotationPeriod,
        @DefaultValue("7d") Duration prePublication, @DefaultValue("7d") Duration retiredPublication,
        @DefaultValue("1h") Duration checkInterval, @DefaultValue("5m") Duration cacheRefresh) {

    public ToolKeyRotationProperties {
        Assert.isTrue(prePublication.compareTo(rotationPeriod) < 0, "prePublication must be shorter than rotationPeriod");
        Assert.isTrue(!checkInterval.isNegative() && !checkInterval.isZero(), "checkInterval must be positive");
    }

    /** The defaults: 90 days, 7 days before, 7 days after. */
    public static ToolKeyRotationProperties defaults() {
        return new ToolKeyRotationProperties(Duration.ofDays(90), Duration.ofDays(7), Duration.ofDays(7),
                Duration.ofHours(1), Duration.ofMinutes(5));
    }
}
