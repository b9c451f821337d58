package se.samverkan.ui.common;

/** What the window remembers between runs: its bounds and the theme. NaN position means "let the OS place it". */
public record WindowSettings(double x, double y, double width, double height, boolean maximized, boolean dark) {

    public static final WindowSettings DEFAULT = new WindowSettings(Double.NaN, Double.NaN, 1280, 820, false, false);

    public WindowSettings withDark(boolean newDark) {
        return new WindowSettings(x, y, width, height, maximized, newDark);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
