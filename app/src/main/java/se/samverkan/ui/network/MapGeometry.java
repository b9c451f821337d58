package se.samverkan.ui.network;

/**
 * Sizes and hit-testing in screen pixels. Node size encodes either the number of relationships shown or the
 * betweenness (how much of a broker the node is); sizes grow with the square root so a hub does not swamp the map,
 * and are in pixels rather than map units so a zoomed-out map stays readable.
 */
final class MapGeometry {

    static final double MIN_RADIUS = 3.5;
    static final double MAX_RADIUS = 18;
    /** Below this scale labels are drawn only for hovered, selected, highlighted and broker nodes. */
    static final double LABEL_SCALE = 0.75;

    private MapGeometry() {
    }

    /** The node's radius on screen. */
    static double radius(MapModel model, MapFrame frame, int node, boolean byBetweenness, double scale) {
        double base;
        if (byBetweenness) {
            double share = model.maxBetweenness > 0 ? model.betweenness[node] / model.maxBetweenness : 0;
            base = MIN_RADIUS + Math.sqrt(share) * (MAX_RADIUS - MIN_RADIUS);
        } else {
            base = Math.min(MAX_RADIUS, MIN_RADIUS + Math.sqrt(frame.degree[node]) * 2.2);
        }
        // Zooming in enlarges nodes a little, so a close look is not a field of dots.
        return base * Math.max(0.7, Math.min(2.0, Math.sqrt(scale)));
    }

    /** The visible node under a screen point (the nearest if several overlap), or -1. */
    static int nodeAt(MapModel model, MapFrame frame, Viewport view, boolean byBetweenness, double sx, double sy) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        double scale = view.scale();
        for (int i = 0; i < model.size(); i++) {
            if (!frame.visible[i]) {
                continue;
            }
            double dx = view.toScreenX(model.x[i]) - sx;
            double dy = view.toScreenY(model.y[i]) - sy;
            double d2 = dx * dx + dy * dy;
            double r = radius(model, frame, i, byBetweenness, scale) + 3;
            if (d2 <= r * r && d2 < bestDistance) {
                best = i;
                bestDistance = d2;
            }
        }
        return best;
    }
}
