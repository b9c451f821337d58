package se.samverkan.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the command line decided before the window opens: the data folder and the language.
 *
 * @param languageChosen whether {@code --lang} named the language; if not, the window's own setting may override it
 */
public record StartupOptions(Path dataDir, Locale locale, boolean languageChosen) {

    /** Options with an explicitly chosen language. */
    public StartupOptions(Path dataDir, Locale locale) {
        this(dataDir, locale, true);
    }
}
