package se.samverkan.ui.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import se.samverkan.domain.MapPin;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.NetworkSeat;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.network.Betweenness;
import se.samverkan.service.network.ForceLayout;
import se.samverkan.service.network.NetworkGraph;
import se.samverkan.service.network.NetworkMapData;

/**
 * The loaded map: the nodes in a fixed order (index = position in the arrays), their positions on the map, which are
 * pinned, and the analyses that do not change with the filters (betweenness, brokers). Built and laid out on a
 * background thread; afterwards only the FX thread touches it (positions change when a node is dragged).
 */
final class MapModel {

    static final int LAYOUT_ITERATIONS = 200;
    static final int BROKER_COUNT = 10;

    final NetworkMapData data;
    final NetworkGraph graph;
    final NetworkNode[] nodes;
    final double[] x;
    final double[] y;
    final boolean[] pinned;
    final double[] betweenness;
    final double maxBetweenness;
    final List<Integer> brokers;
    final LocalDate earliest;
    /** Public actors the union has no relationship with (indices). */
    final List<Integer> isolated;
    private final Map<PartyRef, Integer> index = new HashMap<>();
    private final Map<Long, List<NetworkSeat>> seatsByPerson = new HashMap<>();
    private final Map<Integer, LocalDate> lastContact = new HashMap<>();

    MapModel(NetworkMapData data, LocalDate today) {
        this.data = data;
        this.graph = data.graph();
        this.nodes = graph.nodes().toArray(NetworkNode[]::new);
        int n = nodes.length;
        for (int i = 0; i < n; i++) {
            index.put(nodes[i].ref(), i);
        }
        x = new double[n];
        y = new double[n];
        pinned = new boolean[n];
        data.seats().forEach(s -> seatsByPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s));
        LocalDate first = today;
        for (NetworkEdge e : graph.edges()) {
            if (e.since() != null && e.since().isBefore(first)) {
                first = e.since();
            }
            if (e.lastInteraction() != null) {
                lastContact.merge(indexOf(e.from()), e.lastInteraction(), MapModel::later);
                lastContact.merge(indexOf(e.to()), e.lastInteraction(), MapModel::later);
            }
        }
        earliest = first;
        List<NetworkEdge> now = graph.asOf(today).edges();
        int[] ends1 = new int[now.size()];
        int[] ends2 = new int[now.size()];
        for (int e = 0; e < now.size(); e++) {
            ends1[e] = indexOf(now.get(e).from());
            ends2[e] = indexOf(now.get(e).to());
        }
        betweenness = Betweenness.of(n, ends1, ends2);
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, betweenness[i]);
        }
        maxBetweenness = max;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (betweenness[i] > 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(betweenness[b], betweenness[a]));
        brokers = Collections.unmodifiableList(new ArrayList<>(order.subList(0, Math.min(BROKER_COUNT, order.size()))));
        isolated = graph.isolatedPublicActors().stream().map(a -> indexOf(a.ref())).toList();
        for (MapPin pin : data.pins()) {
            int i = indexOf(pin.party());
            if (i >= 0) {
                x[i] = pin.x();
                y[i] = pin.y();
                pinned[i] = true;
            }
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    int size() {
        return nodes.length;
    }

    /** The node's index, or -1 when it is not on the map. */
    int indexOf(PartyRef ref) {
        return index.getOrDefault(ref, -1);
    }

    List<NetworkSeat> seatsOf(long personId) {
        return seatsByPerson.getOrDefault(personId, List.of());
    }

    /** The last interaction on any of the node's relationships, or null. */
    LocalDate lastContact(int node) {
        return lastContact.get(node);
    }

    /**
     * Lays the whole network out (every relationship, also ended ones, so the picture stays put while the date slider
     * moves); remembered pins stay where the coordinator put them.
     */
    double[][] layout(DoubleConsumer progress, BooleanSupplier cancelled) {
        List<NetworkEdge> edges = graph.edges();
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weight = new double[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = indexOf(edges.get(e).from());
            to[e] = indexOf(edges.get(e).to());
            weight[e] = edges.get(e).strength();
        }
        var layout = new ForceLayout(nodes.length, from, to, weight, 42);
        for (int i = 0; i < nodes.length; i++) {
            if (pinned[i]) {
                layout.pin(i, x[i], y[i]);
            }
        }
        layout.run(LAYOUT_ITERATIONS, progress, cancelled);
        double[][] result = new double[2][nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            result[0][i] = layout.x(i);
            result[1][i] = layout.y(i);
        }
        return result;
    }

    /** Takes a layout's positions (on the FX thread once the map is shown). */
    void apply(double[][] positions) {
        System.arraycopy(positions[0], 0, x, 0, nodes.length);
        System.arraycopy(positions[1], 0, y, 0, nodes.length);
    }

    /** The box around the visible nodes: minX, minY, maxX, maxY; null when none is visible. */
    double[] bounds(boolean[] visible) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (int i = 0; i < nodes.length; i++) {
            if (visible[i]) {
                any = true;
                b[0] = Math.min(b[0], x[i]);
                b[1] = Math.min(b[1], y[i]);
                b[2] = Math.max(b[2], x[i]);
                b[3] = Math.max(b[3], y[i]);
            }
        }
        return any ? b : null;
    }
}
