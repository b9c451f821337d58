package se.samverkan.service;

import java.nio.file.Path;
import java.util.Locale;

/** What the command line decided before the window opens: the data folder and the language. */
public record StartupOptions(Path dataDir, Locale locale) {
}
