package se.samverkan.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code settings.properties} in the data folder. Written to a {@code .tmp} file and moved into place, so a crash
 * while saving leaves the old settings rather than half a file. Unreadable values fall back to the defaults.
 */
public final class SettingsFile {

    static final String FILE_NAME = "settings.properties";
    static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public WindowSettings load() {
        if (!Files.isRegularFile(file)) {
            return WindowSettings.DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings file unreadable, using defaults", e);
            return WindowSettings.DEFAULT;
        }
        WindowSettings d = WindowSettings.DEFAULT;
        double width = number(p, "window.width", d.width());
        double height = number(p, "window.height", d.height());
        return new WindowSettings(number(p, "window.x", d.x()), number(p, "window.y", d.y()),
                width >= 400 ? width : d.width(), height >= 300 ? height : d.height(),
                Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                "dark".equals(p.getProperty("theme")),
                languageTag(p.getProperty("language")));
    }

    public void save(WindowSettings settings) {
        Properties p = new Properties();
        p.setProperty("version", String.valueOf(VERSION));
        if (settings.hasPosition()) {
            p.setProperty("window.x", String.valueOf(settings.x()));
            p.setProperty("window.y", String.valueOf(settings.y()));
        }
        p.setProperty("window.width", String.valueOf(settings.width()));
        p.setProperty("window.height", String.valueOf(settings.height()));
        p.setProperty("window.maximized", String.valueOf(settings.maximized()));
        p.setProperty("theme", settings.dark() ? "dark" : "light");
        if (settings.hasLanguage()) {
            p.setProperty("language", settings.language());
        }
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Samverkan window settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Losing the window size is not worth interrupting the user for; the log says why.
            LOG.warn("Could not save the window settings", e);
        }
    }

    /** Only the languages the app has; anything else means "follow the system". */
    private static String languageTag(String value) {
        return "sv".equals(value) || "en".equals(value) ? value : "";
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            String value = p.getProperty(key);
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
