package cn.civicservices.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the production application expects of its environment, read from {@code application.properties}: the
 * environment variables it reads in the prod profile (required when they have no default), its HTTP port, its
 * health paths, its shutdown timeout, the claim its roles come from, and the default of its client id.
 */
record ApplicationContract(Set<String> requiredVariables, Set<String> optionalVariables, int httpPort,
        String livenessPath, String readinessPath, String startupPath, Duration shutdownTimeout, String roleClaim,
        Map<String, String> defaults) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\"]+)(:([^}]*))?}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Variables of later ID-number key versions, read by name pattern (see "Rotating the ID-number keys"). */
    static final Pattern VERSIONED_PII_KEY = Pattern.compile("CIVIC_PII_KEYS__[1-9][0-9]*__(HASH_KEY|ENCRYPTION_KEY)");

    static ApplicationContract parse(String propertiesText) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(propertiesText));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        Map<String, String> prod = new LinkedHashMap<>();
        // Unprofiled keys first, then those of a profile list naming prod, which override them.
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                prod.put(key, properties.getProperty(key));
            }
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                if (List.of(key.substring(1, dot).split(",")).contains("prod")) {
                    prod.put(key.substring(dot + 1), properties.getProperty(key));
                }
            }
        }
        Set<String> required = new LinkedHashSet<>();
        Set<String> optional = new LinkedHashSet<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String value : prod.values()) {
            Matcher m = REFERENCE.matcher(value);
            while (m.find()) {
                if (VARIABLE.matcher(m.group(1)).matches()) {
                    if (m.group(2) == null) {
                        required.add(m.group(1));
                    } else {
                        optional.add(m.group(1));
                        defaults.put(m.group(1), m.group(3));
                    }
                }
            }
        }
        optional.removeAll(required);
        String nonApplicationRoot = prod.getOrDefault("quarkus.http.non-application-root-path", "q");
        String healthRoot = under(nonApplicationRoot, prod.getOrDefault("quarkus.smallrye-health.root-path", "health"));
        String timeout = prod.get("quarkus.shutdown.timeout");
        return new ApplicationContract(required, optional,
                Integer.parseInt(prod.getOrDefault("quarkus.http.port", "8080")),
                under(healthRoot, prod.getOrDefault("quarkus.smallrye-health.liveness-path", "live")),
                under(healthRoot, prod.getOrDefault("quarkus.smallrye-health.readiness-path", "ready")),
                under(healthRoot, prod.getOrDefault("quarkus.smallrye-health.startup-path", "started")),
                timeout == null ? null : Duration.parse(timeout.startsWith("P") ? timeout : "PT" + timeout),
                prod.get("quarkus.oidc.roles.role-claim-path"), defaults);
    }

    /** A path below a parent, as Quarkus resolves them: an absolute path stands on its own. */
    private static String under(String parent, String path) {
        String p = path.startsWith("/") ? path : (parent.startsWith("/") ? parent : "/" + parent) + "/" + path;
        return p.replaceAll("/+", "/");
    }

    /** Whether the application reads this variable in production (or it sets up the process: JVM, malloc). */
    boolean reads(String variable) {
        return requiredVariables.contains(variable) || optionalVariables.contains(variable)
                || VERSIONED_PII_KEY.matcher(variable).matches() || variable.equals("JAVA_OPTS_APPEND")
                || variable.equals("MALLOC_ARENA_MAX");
    }
}
