package cn.civicservices.resident;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Key versions of the ID-number protection, configured the way production configures them. */
class PiiVaultTest {

    private static final String HASH_1 = "MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=";
    private static final String ENC_1 = "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjI=";
    private static final String HASH_2 = "MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM=";
    private static final String ENC_2 = "NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ=";

    private static final IdNumber NUMBER = IdNumber.parse("140723195209036474");

    /** A vault from environment variables, as production sets them. */
    private static PiiVault fromEnvironment(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(Map.of(
                        "civic.pii.hash-key", "${PII_HASH_KEY:}",
                        "civic.pii.encryption-key", "${PII_ENCRYPTION_KEY:}",
                        "civic.pii.current-version", "${PII_CURRENT_KEY_VERSION:1}"), "application.properties", 250))
                .withSources(new EnvConfigSource(env, 300))
                .withMapping(PiiVault.Keys.class)
                .build();
        return new PiiVault(config.getConfigMapping(PiiVault.Keys.class));
    }

    private static Map<String, String> version1() {
        return new HashMap<>(Map.of("PII_HASH_KEY", HASH_1, "PII_ENCRYPTION_KEY", ENC_1));
    }

    private static Map<String, String> versions1And2(String current) {
        Map<String, String> env = version1();
        env.putAll(Map.of("CIVIC_PII_KEYS__2__HASH_KEY", HASH_2, "CIVIC_PII_KEYS__2__ENCRYPTION_KEY", ENC_2,
                "PII_CURRENT_KEY_VERSION", current));
        return env;
    }

    private static ResidentEntity row(PiiVault vault, IdNumber number) {
        ResidentEntity row = new ResidentEntity();
        row.idNumberHash = vault.hash(number);
        row.idNumberEnc = vault.encrypt(number);
        row.idNumberKeyVersion = (short) vault.currentVersion();
        return row;
    }

    @Test
    void aRowOfVersion1IsFoundAndReadAfterVersion2BecomesCurrent() {
        PiiVault before = fromEnvironment(version1());
        assertEquals(1, before.currentVersion());
        ResidentEntity old = row(before, NUMBER);

        PiiVault after = fromEnvironment(versions1And2("2"));
        assertEquals(2, after.currentVersion());
        assertEquals(List.of(1, 2), after.versions());
        List<byte[]> lookup = after.lookupHashes(NUMBER);
        assertEquals(2, lookup.size());
        assertArrayEquals(old.idNumberHash, lookup.get(1), "the lookup finds the row of version 1");
        assertEquals(NUMBER, after.decrypt(old.idNumberEnc, old.idNumberKeyVersion));
        assertTrue(after.matches(NUMBER, old));
        String other = "14072319500101001";
        assertFalse(after.matches(IdNumber.parse(other + IdNumber.checkCharacter(other)), old));

        ResidentEntity fresh = row(after, NUMBER);
        assertEquals(2, fresh.idNumberKeyVersion);
        assertArrayEquals(lookup.get(0), fresh.idNumberHash, "new rows are hashed with the current version");
        assertFalse(java.util.Arrays.equals(old.idNumberHash, fresh.idNumberHash));
        assertEquals(NUMBER, after.decrypt(fresh.idNumberEnc, 2));
        assertThrows(IllegalStateException.class, () -> after.decrypt(fresh.idNumberEnc, 1));
        assertThrows(IllegalStateException.class, () -> before.decrypt(fresh.idNumberEnc, 2),
                "an instance without version 2 says so instead of reading garbage");
    }

    @Test
    void version2CanBeAddedBeforeItBecomesCurrent() {
        PiiVault vault = fromEnvironment(versions1And2("1"));
        assertEquals(1, vault.currentVersion());
        assertEquals(List.of(1, 2), vault.versions());
    }

    @Test
    void aWrongKeyConfigurationStopsTheStartNamingTheVariables() {
        assertThat(assertThrows(IllegalStateException.class, () -> fromEnvironment(Map.of())).getMessage(),
                containsString("PII_HASH_KEY"));
        assertThat(assertThrows(IllegalStateException.class, () -> fromEnvironment(Map.of("PII_HASH_KEY", HASH_1)))
                .getMessage(), containsString("PII_ENCRYPTION_KEY"));
        Map<String, String> currentWithoutKeys = version1();
        currentWithoutKeys.put("PII_CURRENT_KEY_VERSION", "3");
        assertThat(assertThrows(IllegalStateException.class, () -> fromEnvironment(currentWithoutKeys)).getMessage(),
                containsString("CIVIC_PII_KEYS__3__HASH_KEY"));
        Map<String, String> shortKey = versions1And2("2");
        shortKey.put("CIVIC_PII_KEYS__2__ENCRYPTION_KEY", "c2hvcnQ=");
        assertThat(assertThrows(IllegalStateException.class, () -> fromEnvironment(shortKey)).getMessage(),
                containsString("CIVIC_PII_KEYS__2__ENCRYPTION_KEY"));
    }
}
