package se.samverkan.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts: Swedish first ({@code messages_sv}), English second, one bundle for the window and the CLI. */
public final class Messages {

    public static final String BUNDLE = "i18n/messages";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Swedish unless English is asked for: the users are Swedish, and Swedish is right "when in doubt". */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    }

    /** Parses {@code sv}/{@code en}; null or blank gives the system's language. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return systemLocale(System.getenv(), System.getProperty("os.name", ""), Locale.getDefault());
        }
        return supported(Locale.forLanguageTag(tag));
    }

    /**
     * The system's language, Swedish when in doubt. On Linux a JVM reports English for the POSIX locale ("C",
     * "C.UTF-8", or nothing set), which says nothing about the person: that counts as doubt.
     */
    static Locale systemLocale(java.util.Map<String, String> env, String osName, Locale jvmDefault) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (!os.contains("win") && !os.contains("mac")) {
            String posix = firstSet(env, "LC_ALL", "LC_MESSAGES", "LANG");
            if (posix == null || posix.equals("C") || posix.startsWith("C.") || posix.equals("POSIX")) {
                return SWEDISH;
            }
        }
        return supported(jvmDefault);
    }

    private static String firstSet(java.util.Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    public static Messages of(Locale locale) {
        return new Messages(supported(locale));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
