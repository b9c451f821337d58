package se.samverkan.ui.network;

import se.samverkan.domain.NetworkEdge;

/**
 * What to draw for one filter: which nodes are visible, the visible edges (node indices, strength, style) and the
 * counts of the comparison. Plain arrays, so drawing 6,000 edges allocates nothing.
 */
final class MapFrame {

    static final byte NORMAL = 0;
    /** No shared interaction in the last 12 months before the shown date: drawn dashed. */
    static final byte COLD = 1;
    /** Comparison mode: begun between the two dates. */
    static final byte ADDED = 2;
    /** Comparison mode: warm on the earlier date, cold on the later. */
    static final byte COOLED = 3;

    final boolean[] visible;
    final int[] degree;
    final int edgeCount;
    final int[] edgeFrom;
    final int[] edgeTo;
    final int[] strength;
    final byte[] style;
    final NetworkEdge[] edges;
    final int visibleNodes;
    final int added;
    final int cooled;

    MapFrame(boolean[] visible, int[] degree, int edgeCount, int[] edgeFrom, int[] edgeTo, int[] strength, byte[] style,
             NetworkEdge[] edges, int added, int cooled) {
        this.visible = visible;
        this.degree = degree;
        this.edgeCount = edgeCount;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        this.strength = strength;
        this.style = style;
        this.edges = edges;
        int count = 0;
        for (boolean v : visible) {
            count += v ? 1 : 0;
        }
        this.visibleNodes = count;
        this.added = added;
        this.cooled = cooled;
    }

    static MapFrame empty(int nodes) {
        return new MapFrame(new boolean[nodes], new int[nodes], 0, new int[0], new int[0], new int[0], new byte[0],
                new NetworkEdge[0], 0, 0);
    }
}
