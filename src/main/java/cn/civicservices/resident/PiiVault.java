package cn.civicservices.resident;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keeps resident ID numbers out of the database in clear: a keyed hash (HMAC-SHA256) to find a person by
 * number, and AES-GCM encryption so the owner can be shown their own number.
 * <p>
 * Keys are versioned. Each row names the version of the keys that made its hash and ciphertext
 * ({@code resident.id_number_key_version}); new rows are written with the current version, a row is decrypted
 * with its own version, and a lookup by number tries the hash of every configured version. So a new key version
 * can be introduced without downtime, and {@link PiiRekey} moves the rows of older versions to the current one.
 * Created at start, so that a missing or malformed key stops the start.
 */
@Startup
@ApplicationScoped
public class PiiVault {

    @ConfigMapping(prefix = "civic.pii")
    public interface Keys {
        /** Version 1, the original single-key setting: base64 of 32 random bytes, the key of the lookup hash. */
        Optional<String> hashKey();

        /** Version 1, the original single-key setting: base64 of 32 random bytes, the AES-256 key. */
        Optional<String> encryptionKey();

        /** Key versions by number ({@code civic.pii.keys."2".hash-key}); version 1 may be given here instead. */
        Map<String, KeyVersion> keys();

        /** The version new rows are written with. */
        @WithDefault("1")
        int currentVersion();

        interface KeyVersion {
            /** Base64 of 32 random bytes: the key of the lookup hash. */
            String hashKey();

            /** Base64 of 32 random bytes: the AES-256 key that encrypts ID numbers. */
            String encryptionKey();
        }
    }

    private record Version(int number, SecretKeySpec hashKey, SecretKeySpec encryptionKey) {
    }

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_VERSION = Short.MAX_VALUE;

    private final SortedMap<Integer, Version> versions;
    private final Version current;
    private final SecureRandom random = new SecureRandom();

    PiiVault(Keys keys) {
        SortedMap<Integer, Version> configured = new TreeMap<>();
        if (keys.hashKey().isPresent() || keys.encryptionKey().isPresent()) {
            if (keys.keys().containsKey("1")) {
                throw new IllegalStateException("Key version 1 is set twice: by civic.pii.hash-key/encryption-key "
                        + "(PII_HASH_KEY, PII_ENCRYPTION_KEY) and by civic.pii.keys.\"1\"; keep one");
            }
            configured.put(1, version(1,
                    keys.hashKey().orElseThrow(() -> missing("civic.pii.hash-key (PII_HASH_KEY)")),
                    keys.encryptionKey().orElseThrow(() -> missing("civic.pii.encryption-key (PII_ENCRYPTION_KEY)")),
                    "civic.pii.hash-key (PII_HASH_KEY)", "civic.pii.encryption-key (PII_ENCRYPTION_KEY)"));
        }
        for (Map.Entry<String, Keys.KeyVersion> entry : keys.keys().entrySet()) {
            int number = versionNumber(entry.getKey());
            String prefix = "civic.pii.keys.\"" + number + "\".";
            String env = "CIVIC_PII_KEYS__" + number + "__";
            configured.put(number, version(number, entry.getValue().hashKey(), entry.getValue().encryptionKey(),
                    prefix + "hash-key (" + env + "HASH_KEY)", prefix + "encryption-key (" + env + "ENCRYPTION_KEY)"));
        }
        this.versions = Collections.unmodifiableSortedMap(configured);
        this.current = versions.get(keys.currentVersion());
        if (current == null) {
            throw keys.currentVersion() == 1
                    ? missing("civic.pii.hash-key and civic.pii.encryption-key (PII_HASH_KEY, PII_ENCRYPTION_KEY)")
                    : missing("the keys of the current version " + keys.currentVersion()
                            + " (civic.pii.current-version, PII_CURRENT_KEY_VERSION): civic.pii.keys.\""
                            + keys.currentVersion() + "\".hash-key and encryption-key (CIVIC_PII_KEYS__"
                            + keys.currentVersion() + "__HASH_KEY, CIVIC_PII_KEYS__" + keys.currentVersion()
                            + "__ENCRYPTION_KEY)");
        }
    }

    /** The version new hashes and ciphertexts are made with. */
    public int currentVersion() {
        return current.number();
    }

    /** Every configured version, oldest first. */
    public List<Integer> versions() {
        return List.copyOf(versions.keySet());
    }

    /** The lookup hash under the current version, for a new row. */
    public byte[] hash(IdNumber number) {
        return hash(number, current);
    }

    /** The lookup hash under the given version. */
    public byte[] hash(IdNumber number, int version) {
        return hash(number, require(version));
    }

    /**
     * The lookup hashes of a number under every configured version, current first: a row is found whichever
     * version made it ({@code where id_number_hash in (...)}).
     */
    public List<byte[]> lookupHashes(IdNumber number) {
        List<byte[]> hashes = new ArrayList<>(versions.size());
        hashes.add(hash(number, current));
        for (Version version : versions.values()) {
            if (version != current) {
                hashes.add(hash(number, version));
            }
        }
        return hashes;
    }

    /** Whether the resident's stored hash, under the row's own key version, is that of the given number. */
    public boolean matches(IdNumber number, ResidentEntity resident) {
        Version version = versions.get((int) resident.idNumberKeyVersion);
        return version != null && MessageDigest.isEqual(hash(number, version), resident.idNumberHash);
    }

    /** The ciphertext under the current version, for a new row. */
    public byte[] encrypt(IdNumber number) {
        return encrypt(number, current);
    }

    /** The ciphertext under the given version. */
    public byte[] encrypt(IdNumber number, int version) {
        return encrypt(number, require(version));
    }

    /** Decrypts a stored ciphertext with the keys of the version its row names. */
    public IdNumber decrypt(byte[] stored, int version) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, require(version).encryptionKey(),
                    new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
            return new IdNumber(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ID number could not be decrypted with key version " + version
                    + ": wrong key or altered data", e);
        }
    }

    private static byte[] hash(IdNumber number, Version version) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(version.hashKey());
            return mac.doFinal(number.value().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private byte[] encrypt(IdNumber number, Version version) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, version.encryptionKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(number.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private Version require(int version) {
        Version keys = versions.get(version);
        if (keys == null) {
            throw new IllegalStateException("No keys are configured for ID-number key version " + version
                    + " (configured: " + versions.keySet() + ")");
        }
        return keys;
    }

    private static Version version(int number, String hashKey, String encryptionKey, String hashName,
            String encryptionName) {
        return new Version(number, new SecretKeySpec(key(hashKey, hashName), "HmacSHA256"),
                new SecretKeySpec(key(encryptionKey, encryptionName), "AES"));
    }

    private static int versionNumber(String key) {
        try {
            int number = Integer.parseInt(key);
            if (number >= 1 && number <= MAX_VERSION) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("civic.pii.keys.\"" + key + "\": a key version is a number from 1 to "
                + MAX_VERSION);
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("Personal data keys are missing: set " + what);
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64 of 32 random bytes)");
        }
        return key;
    }
}
