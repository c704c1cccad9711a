package dev.laurel.tool.keys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key that seals private keys at rest comes from.
 *
 * @param masterKey base64 of 32 random bytes ({@code LAUREL_MASTER_KEY}); required in production
 * @param masterKeyFile used when {@code masterKey} is empty: read, or created on first start (development)
 * @param requireMasterKey whether {@code masterKey} must be set (the production profile sets it)
 */
@ConfigurationProperties("laurel.keys")
public record KeySealingProperties(String masterKey, @DefaultValue("./data/master.key") Path masterKeyFile,
        boolean requireMasterKey) {
}
