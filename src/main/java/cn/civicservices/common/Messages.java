package cn.civicservices.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Messages shown to people, in Chinese by default ({@code messages.properties}) and in English when the request
 * asks for it ({@code messages_en.properties}); see {@link RequestLocale}. Both files are read once, as plain
 * resources, which a native image carries without extra registration.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final Map<String, Properties> BY_LANGUAGE = Map.of(
            "zh", load("messages.properties"),
            "en", load("messages_en.properties"));

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return get(RequestLocale.current(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        Properties messages = BY_LANGUAGE.getOrDefault(locale.getLanguage(), BY_LANGUAGE.get("zh"));
        String pattern = messages.getProperty(key, key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
