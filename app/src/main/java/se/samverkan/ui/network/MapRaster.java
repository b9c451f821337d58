package se.samverkan.ui.network;

import java.util.Arrays;

/**
 * Draws the map's edges and node shapes straight into a pixel buffer. JavaFX's software pipeline rasterises thousands of stroked
 * canvas lines at 2–5 frames a second; stepping along each line in Java and blending into an int array costs a few
 * milliseconds for 6,000 edges, and the canvas then draws one image. Lines are clipped to the buffer, drawn with a
 * whole-pixel width (1–4 px), blended with an alpha, and dashed by counting steps along the line.
 */
final class MapRaster {

    private final int width;
    private final int height;
    private final int[] pixels;

    MapRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pixels = new int[this.width * this.height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Row by row, 0xAARRGGBB. */
    int[] pixels() {
        return pixels;
    }

    void fill(int argb) {
        Arrays.fill(pixels, argb);
    }

    /**
     * @param rgb    0xRRGGBB
     * @param alpha  0..1
     * @param thick  line width in whole pixels (at least 1)
     * @param dashed 5 pixels on, 4 off
     */
    void line(double x1, double y1, double x2, double y2, int rgb, double alpha, int thick, boolean dashed) {
        // Liang–Barsky clipping against the buffer (with room for the line's width)
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] t = {0, 1};
        double pad = thick;
        if (!clip(-dx, x1 + pad, t) || !clip(dx, width - 1 + pad - x1, t) || !clip(-dy, y1 + pad, t)
                || !clip(dy, height - 1 + pad - y1, t)) {
            return;
        }
        double sx = x1 + t[0] * dx;
        double sy = y1 + t[0] * dy;
        double ex = x1 + t[1] * dx;
        double ey = y1 + t[1] * dy;
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 256);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        double ldx = ex - sx;
        double ldy = ey - sy;
        boolean steep = Math.abs(ldy) > Math.abs(ldx);
        int steps = (int) Math.ceil(Math.max(Math.abs(ldx), Math.abs(ldy)));
        if (steps == 0) {
            plotSpan((int) Math.round(sx), (int) Math.round(sy), steep, thick, r, g, b, a);
            return;
        }
        double ix = ldx / steps;
        double iy = ldy / steps;
        // dashes count from the line's true start, so a clipped line keeps its pattern
        int phase = (int) Math.round(t[0] * Math.max(Math.abs(dx), Math.abs(dy)));
        double px = sx;
        double py = sy;
        for (int i = 0; i <= steps; i++) {
            if (!dashed || (i + phase) % 9 < 5) {
                plotSpan((int) Math.round(px), (int) Math.round(py), steep, thick, r, g, b, a);
            }
            px += ix;
            py += iy;
        }
    }

    private static boolean clip(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double u = q / p;
        if (p < 0) {
            if (u > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], u);
        } else {
            if (u < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], u);
        }
        return true;
    }

    /** Plots {@code thick} pixels across the line's direction, centred on the point. */
    private void plotSpan(int x, int y, boolean steep, int thick, int r, int g, int b, int a) {
        int from = -(thick - 1) / 2;
        for (int k = from; k < from + thick; k++) {
            int px = steep ? x + k : x;
            int py = steep ? y : y + k;
            if (px < 0 || py < 0 || px >= width || py >= height) {
                continue;
            }
            int i = py * width + px;
            int d = pixels[i];
            int na = 256 - a;
            int nr = (r * a + ((d >> 16) & 0xff) * na) >> 8;
            int ng = (g * a + ((d >> 8) & 0xff) * na) >> 8;
            int nb = (b * a + (d & 0xff) * na) >> 8;
            pixels[i] = 0xff000000 | (nr << 16) | (ng << 8) | nb;
        }
    }

    /**
     * A filled shape centred on a point: a circle, or a square with rounded corners (corner radius {@code r * 0.4}).
     * Edge pixels are blended by coverage of their centre, roughly, so small shapes do not look square.
     */
    void shape(double cx, double cy, double r, boolean circle, int rgb) {
        int x0 = (int) Math.floor(cx - r);
        int x1 = (int) Math.ceil(cx + r);
        int y0 = (int) Math.floor(cy - r);
        int y1 = (int) Math.ceil(cy + r);
        if (x1 < 0 || y1 < 0 || x0 >= width || y0 >= height) {
            return;
        }
        int cr = (rgb >> 16) & 0xff;
        int cg = (rgb >> 8) & 0xff;
        int cb = rgb & 0xff;
        double corner = r * 0.4;
        double inner = r - corner;
        for (int y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) {
            double dy = Math.abs(y + 0.5 - cy);
            for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) {
                double dx = Math.abs(x + 0.5 - cx);
                double d;
                if (circle) {
                    d = Math.sqrt(dx * dx + dy * dy) - r;
                } else if (dx > inner && dy > inner) {
                    double ox = dx - inner;
                    double oy = dy - inner;
                    d = Math.sqrt(ox * ox + oy * oy) - corner;
                } else {
                    d = Math.max(dx, dy) - r;
                }
                if (d >= 0.5) {
                    continue;
                }
                int a = d <= -0.5 ? 256 : (int) ((0.5 - d) * 256);
                int i = y * width + x;
                int p = pixels[i];
                int na = 256 - a;
                pixels[i] = 0xff000000 | (((cr * a + ((p >> 16) & 0xff) * na) >> 8) << 16)
                        | (((cg * a + ((p >> 8) & 0xff) * na) >> 8) << 8) | ((cb * a + (p & 0xff) * na) >> 8);
            }
        }
    }

    /** The colour of one pixel (for tests). */
    int at(int x, int y) {
        return pixels[y * width + x];
    }
}
