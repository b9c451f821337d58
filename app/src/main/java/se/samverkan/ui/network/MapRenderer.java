package se.samverkan.ui.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a frame on a canvas. Edges and node shapes are drawn into a pixel buffer ({@link MapRaster}) and put on the
 * canvas as one image; only the few marks (broker rings, selection, path, pins) and the labels are canvas strokes.
 * Labels are drawn only where they can be read: when zoomed in, or for the hovered, selected, path and broker nodes,
 * and never on top of each other.
 */
final class MapRenderer {

    /** What is highlighted besides the frame itself. */
    record Highlight(int selected, int hovered, List<Integer> path, boolean byBetweenness, boolean dark) {
    }

    private static final int MAX_LABELS = 400;
    private MapRaster raster;
    private WritableImage image;
    private final Font labelFont = Font.font("System", 11);
    private final Font strongFont = Font.font("System", FontWeight.BOLD, 12);

    void draw(GraphicsContext g, double w, double h, MapModel m, MapFrame f, Viewport v, Highlight hl) {
        Palette p = Palette.of(hl.dark());
        g.clearRect(0, 0, w, h);
        g.setFill(p.background);
        g.fillRect(0, 0, w, h);
        if (m == null || f == null || w < 1 || h < 1) {
            return;
        }
        g.setLineCap(StrokeLineCap.BUTT);
        drawEdges(g, w, h, m, f, v, p);
        rasterNodes(m, f, v, hl, p);
        upload(g);
        Set<Integer> onPath = new HashSet<>(hl.path());
        drawPath(g, m, v, hl.path(), p);
        drawMarks(g, w, h, m, f, v, hl, p, onPath);
        drawLabels(g, w, h, m, f, v, hl, p, onPath);
    }

    /** Edges go through {@link MapRaster} and onto the canvas as one image; see there for why. */
    private void drawEdges(GraphicsContext g, double w, double h, MapModel m, MapFrame f, Viewport v, Palette p) {
        int iw = (int) Math.ceil(w);
        int ih = (int) Math.ceil(h);
        if (raster == null || raster.width() != iw || raster.height() != ih) {
            raster = new MapRaster(iw, ih);
            image = new WritableImage(iw, ih);
        }
        raster.fill(argb(p.background, 1));
        for (int e = 0; e < f.edgeCount; e++) {
            byte style = f.style[e];
            Color c = switch (style) {
                case MapFrame.ADDED -> p.added;
                case MapFrame.COOLED -> p.cooled;
                default -> p.edge;
            };
            // strength 1 and 2 → 1 px, 3 and 4 → 2 px, 5 → 3 px; comparison edges a pixel bolder so they stand out
            int thick = (f.strength[e] + 1) / 2 + (style >= MapFrame.ADDED ? 1 : 0);
            raster.line(v.toScreenX(m.x[f.edgeFrom[e]]), v.toScreenY(m.y[f.edgeFrom[e]]),
                    v.toScreenX(m.x[f.edgeTo[e]]), v.toScreenY(m.y[f.edgeTo[e]]), argb(c, 1) & 0xffffff, c.getOpacity(),
                    thick, style == MapFrame.COLD || style == MapFrame.COOLED);
        }
    }

    /** Node shapes go into the same pixel buffer; public organisations get an outline in the text colour. */
    private void rasterNodes(MapModel m, MapFrame f, Viewport v, Highlight hl, Palette p) {
        int text = argb(p.text, 1) & 0xffffff;
        int[] colours = new int[ActorGroup.values().length];
        for (ActorGroup group : ActorGroup.values()) {
            colours[group.ordinal()] = argb(Color.web(group.colour(hl.dark())), 1) & 0xffffff;
        }
        double scale = v.scale();
        for (int i = 0; i < m.size(); i++) {
            if (!f.visible[i]) {
                continue;
            }
            double r = MapGeometry.radius(m, f, i, hl.byBetweenness(), scale);
            double sx = v.toScreenX(m.x[i]);
            double sy = v.toScreenY(m.y[i]);
            boolean person = m.nodes[i].ref().isPerson();
            if (!person && m.nodes[i].publicActor()) {
                raster.shape(sx, sy, r + 1.5, false, text);
            }
            raster.shape(sx, sy, r, person, colours[ActorGroup.of(m.nodes[i]).ordinal()]);
        }
    }

    private void upload(GraphicsContext g) {
        int iw = raster.width();
        int ih = raster.height();
        image.getPixelWriter().setPixels(0, 0, iw, ih, PixelFormat.getIntArgbInstance(), raster.pixels(), 0, iw);
        g.drawImage(image, 0, 0);
    }

    private static int argb(Color c, double alpha) {
        return ((int) Math.round(alpha * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private static void drawPath(GraphicsContext g, MapModel m, Viewport v, List<Integer> path, Palette p) {
        if (path.size() < 2) {
            return;
        }
        g.setStroke(p.path);
        g.setLineWidth(4);
        g.beginPath();
        g.moveTo(v.toScreenX(m.x[path.get(0)]), v.toScreenY(m.y[path.get(0)]));
        for (int i = 1; i < path.size(); i++) {
            g.lineTo(v.toScreenX(m.x[path.get(i)]), v.toScreenY(m.y[path.get(i)]));
        }
        g.stroke();
    }

    /** The few marks on top of the shapes: broker rings, the path, the selection, pins. */
    private static void drawMarks(GraphicsContext g, double w, double h, MapModel m, MapFrame f, Viewport v,
                                  Highlight hl, Palette p, Set<Integer> onPath) {
        Set<Integer> brokers = new HashSet<>(m.brokers);
        double scale = v.scale();
        g.setLineDashes((double[]) null);
        for (int i = 0; i < m.size(); i++) {
            if (!f.visible[i]) {
                continue;
            }
            double r = MapGeometry.radius(m, f, i, hl.byBetweenness(), scale);
            double sx = v.toScreenX(m.x[i]);
            double sy = v.toScreenY(m.y[i]);
            if (sx + r + 6 < 0 || sx - r - 6 > w || sy + r + 6 < 0 || sy - r - 6 > h) {
                continue;
            }
            boolean person = m.nodes[i].ref().isPerson();
            if (brokers.contains(i)) {
                ring(g, sx, sy, r, 3.5, person, p.broker, 2.5);
            }
            if (onPath.contains(i)) {
                ring(g, sx, sy, r, 3.5, person, p.path, 3);
            }
            if (i == hl.selected() || i == hl.hovered()) {
                ring(g, sx, sy, r, 6, person, p.selected, 2.5);
            }
            if (m.pinned[i]) {
                // the pin: a small filled head above the node and a stem down to it
                g.setStroke(p.text);
                g.setLineWidth(1.5);
                g.strokeLine(sx + r * 0.6, sy - r * 0.6, sx + r * 0.6 + 4, sy - r * 0.6 - 6);
                g.setFill(p.pin);
                g.fillOval(sx + r * 0.6 + 1.5, sy - r * 0.6 - 10.5, 6, 6);
            }
        }
    }

    private static void ring(GraphicsContext g, double sx, double sy, double r, double gap, boolean circle, Color colour,
                             double width) {
        double rr = r + gap;
        g.setStroke(colour);
        g.setLineWidth(width);
        if (circle) {
            g.strokeOval(sx - rr, sy - rr, 2 * rr, 2 * rr);
        } else {
            g.strokeRoundRect(sx - rr, sy - rr, 2 * rr, 2 * rr, rr * 0.8, rr * 0.8);
        }
    }

    /**
     * Labels in order of importance (selected and hovered, path, brokers, the rest), each skipped when it would overlap
     * one already drawn, so a crowded centre stays readable.
     */
    private void drawLabels(GraphicsContext g, double w, double h, MapModel m, MapFrame f, Viewport v, Highlight hl,
                            Palette p, Set<Integer> onPath) {
        boolean all = v.scale() >= MapGeometry.LABEL_SCALE;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        List<double[]> taken = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i : new int[] {hl.selected(), hl.hovered()}) {
            if (i >= 0 && !order.contains(i)) {
                order.add(i);
            }
        }
        hl.path().stream().filter(i -> !order.contains(i)).forEach(order::add);
        m.brokers.stream().filter(i -> !order.contains(i)).forEach(order::add);
        int important = order.size();
        if (all) {
            for (int i = 0; i < m.size(); i++) {
                order.add(i);
            }
        }
        int drawn = 0;
        Set<Integer> done = new HashSet<>();
        for (int k = 0; k < order.size() && drawn < MAX_LABELS; k++) {
            int i = order.get(k);
            boolean strong = k < important;
            if (!f.visible[i] || !done.add(i)) {
                continue;
            }
            double sx = v.toScreenX(m.x[i]);
            double sy = v.toScreenY(m.y[i]);
            if (sx < -100 || sx > w + 100 || sy < -20 || sy > h + 20) {
                continue;
            }
            double r = MapGeometry.radius(m, f, i, hl.byBetweenness(), v.scale());
            String label = m.nodes[i].label();
            double[] box = {sx - label.length() * 3.3, sy + r + 2, sx + label.length() * 3.3, sy + r + 17};
            boolean forced = i == hl.selected() || i == hl.hovered();
            if (!forced && taken.stream().anyMatch(t -> t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3])) {
                continue;
            }
            taken.add(box);
            g.setFont(strong ? strongFont : labelFont);
            // a halo in the background colour keeps the text readable over edges
            g.setStroke(p.background);
            g.setLineWidth(3);
            g.strokeText(label, sx, sy + r + 3);
            g.setFill(p.text);
            g.fillText(label, sx, sy + r + 3);
            drawn++;
        }
    }

    /** Theme colours; edge grey and accents checked against both Primer backgrounds. */
    record Palette(Color background, Color text, Color edge, Color added, Color cooled, Color broker, Color selected,
                   Color path, Color pin) {

        static Palette of(boolean dark) {
            return dark
                    ? new Palette(Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#8b949e", 0.7),
                            Color.web("#3fb950"), Color.web("#f778ba"), Color.web("#e3b341"), Color.web("#58a6ff"),
                            Color.web("#58a6ff"), Color.web("#f85149"))
                    : new Palette(Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#57606a", 0.6),
                            Color.web("#1a7f37"), Color.web("#bf3989"), Color.web("#bf8700"), Color.web("#0969da"),
                            Color.web("#0969da"), Color.web("#cf222e"));
        }
    }
}
