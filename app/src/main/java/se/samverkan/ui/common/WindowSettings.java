package se.samverkan.ui.common;

/**
 * What the window remembers between runs: its bounds, the theme and the language. NaN position means "let the OS
 * place it"; an empty language means "follow the system".
 */
public record WindowSettings(double x, double y, double width, double height, boolean maximized, boolean dark,
                             String language) {

    public static final WindowSettings DEFAULT = new WindowSettings(Double.NaN, Double.NaN, 1280, 820, false, false, "");

    public WindowSettings {
        language = language == null ? "" : language;
    }

    /** Settings that follow the system's language. */
    public WindowSettings(double x, double y, double width, double height, boolean maximized, boolean dark) {
        this(x, y, width, height, maximized, dark, "");
    }

    public WindowSettings withDark(boolean newDark) {
        return new WindowSettings(x, y, width, height, maximized, newDark, language);
    }

    public WindowSettings withLanguage(String newLanguage) {
        return new WindowSettings(x, y, width, height, maximized, dark, newLanguage);
    }

    public boolean hasLanguage() {
        return !language.isEmpty();
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
