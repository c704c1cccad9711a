package dev.laurel.tool.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Seals private key material at rest with AES-256-GCM under the master key. Every private key Laurel
 * stores (LTI tool keys, credential issuer keys) goes through here; the master key never reaches the
 * database or the log. A sealed value is {@code v1.<base64(iv ‖ ciphertext ‖ tag)>}; the purpose string
 * is bound as associated data, so a value sealed for one purpose cannot be unsealed for another.
 */
@Component
public final class KeySealer {

    private static final Logger log = LoggerFactory.getLogger(KeySealer.class);
    private static final String VERSION = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();

    public KeySealer(KeySealingProperties properties) {
        this.masterKey = new SecretKeySpec(loadMasterKey(properties), "AES");
    }

    /** Seals {@code plaintext} for {@code purpose} (e.g. {@code "lti-tool-key"}). */
    public String seal(String purpose, byte[] plaintext) {
        Assert.hasText(purpose, "purpose cannot be empty");
        Assert.notNull(plaintext, "plaintext cannot be null");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv).put(sealed).array());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is unavailable", ex);
        }
    }

    /** Unseals a value sealed for the same {@code purpose}; fails on any tampering or another master key. */
    public byte[] unseal(String purpose, String sealed) {
        Assert.isTrue(sealed != null && sealed.startsWith(VERSION), "not a sealed value");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        }
        catch (GeneralSecurityException ex) {
            throw new KeyUnsealingException(purpose);
        }
    }

    private static byte[] loadMasterKey(KeySealingProperties properties) {
        if (StringUtils.hasText(properties.masterKey())) {
            return decodeMasterKey(properties.masterKey().trim(), "laurel.keys.master-key");
        }
        Assert.state(!properties.requireMasterKey(), "LAUREL_MASTER_KEY is not set: production needs the key that seals"
                + " private keys at rest, base64 of 32 random bytes (openssl rand -base64 32), the same on every instance");
        Path file = properties.masterKeyFile();
        try {
            if (Files.exists(file)) {
                return decodeMasterKey(Files.readString(file).trim(), file.toString());
            }
            byte[] generated = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(generated);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, Base64.getEncoder().encodeToString(generated));
            restrictToOwner(file);
            log.warn("Generated a new master key in {}; set LAUREL_MASTER_KEY in production", file);
            return generated;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, ex);
        }
    }

    private static byte[] decodeMasterKey(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalStateException("The master key in " + source + " is not base64");
        }
        Assert.state(key.length == KEY_BYTES, () -> "The master key in " + source + " must be 32 bytes, not " + key.length);
        return key;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException ex) {
            // not a POSIX file system: the directory's permissions apply
        }
    }

    /** A sealed value could not be opened: tampered, sealed for another purpose, or under another master key. */
    public static final class KeyUnsealingException extends RuntimeException {

        private final String purpose;

        KeyUnsealingException(String purpose) {
            super("key_unsealing_failed: a sealed " + purpose + " could not be opened (wrong master key or tampered)");
            this.purpose = purpose;
        }

        public String purpose() {
            return purpose;
        }
    }
}
