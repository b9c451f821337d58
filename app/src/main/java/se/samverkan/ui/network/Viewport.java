package se.samverkan.ui.network;

/**
 * The map's camera: map coordinates to screen pixels by a scale and an offset. Zooming keeps the map point under the
 * cursor where it is, so the scroll wheel zooms "into" what the user points at.
 */
final class Viewport {

    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 8;

    private double scale = 1;
    private double offsetX;
    private double offsetY;

    double scale() {
        return scale;
    }

    double toScreenX(double x) {
        return x * scale + offsetX;
    }

    double toScreenY(double y) {
        return y * scale + offsetY;
    }

    double toMapX(double sx) {
        return (sx - offsetX) / scale;
    }

    double toMapY(double sy) {
        return (sy - offsetY) / scale;
    }

    void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms by a factor around a screen point, within the scale limits. */
    void zoomAt(double factor, double sx, double sy) {
        double mx = toMapX(sx);
        double my = toMapY(sy);
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        offsetX = sx - mx * scale;
        offsetY = sy - my * scale;
    }

    /** Puts a map point in the middle of a screen of the given size, at the current scale. */
    void centreOn(double mx, double my, double width, double height) {
        offsetX = width / 2 - mx * scale;
        offsetY = height / 2 - my * scale;
    }

    /** Shows the whole box of map coordinates in the screen, with a margin in pixels. */
    void fit(double minX, double minY, double maxX, double maxY, double width, double height, double margin) {
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double usableW = Math.max(1, width - 2 * margin);
        double usableH = Math.max(1, height - 2 * margin);
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(usableW / w, usableH / h)));
        centreOn((minX + maxX) / 2, (minY + maxY) / 2, width, height);
    }
}
