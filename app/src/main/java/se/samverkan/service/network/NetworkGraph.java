package se.samverkan.service.network;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.PartyRef;

/**
 * The network map as a graph, for the questions a board asks of it: who are the brokers, which public actors does
 * the union not reach, who can introduce me, what did the network look like on a date. JGraphT does the algorithms;
 * several relationships between the same two parties count as one edge with the strongest strength.
 */
public final class NetworkGraph {

    /** A relationship with no shared interaction for this long counts as gone cold. */
    public static final int COLD_AFTER_MONTHS = 12;

    private final Map<PartyRef, NetworkNode> nodes;
    private final List<NetworkEdge> edges;
    private final Graph<PartyRef, DefaultWeightedEdge> graph;
    private final Map<DefaultWeightedEdge, NetworkEdge> strongest = new HashMap<>();

    public NetworkGraph(Collection<NetworkNode> nodes, Collection<NetworkEdge> edges) {
        this.nodes = new LinkedHashMap<>();
        nodes.forEach(n -> this.nodes.put(n.ref(), n));
        this.edges = List.copyOf(edges);
        this.graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        this.nodes.keySet().forEach(graph::addVertex);
        for (NetworkEdge e : this.edges) {
            if (e.from().equals(e.to()) || !graph.containsVertex(e.from()) || !graph.containsVertex(e.to())) {
                continue;
            }
            DefaultWeightedEdge existing = graph.getEdge(e.from(), e.to());
            if (existing == null) {
                DefaultWeightedEdge added = graph.addEdge(e.from(), e.to());
                graph.setEdgeWeight(added, distance(e.strength()));
                strongest.put(added, e);
            } else if (e.strength() > strongest.get(existing).strength()) {
                graph.setEdgeWeight(existing, distance(e.strength()));
                strongest.put(existing, e);
            }
        }
    }

    /** A strong relationship is a short way through the network: strength 5 costs 1, strength 1 costs 5. */
    static double distance(int strength) {
        return 6 - strength;
    }

    public Collection<NetworkNode> nodes() {
        return nodes.values();
    }

    /** One edge per related pair (the strongest relationship between them). */
    public List<NetworkEdge> edges() {
        return graph.edgeSet().stream().map(strongest::get).sorted(Comparator.comparingLong(NetworkEdge::relationshipId)).toList();
    }

    public int degree(PartyRef node) {
        return graph.containsVertex(node) ? graph.degreeOf(node) : 0;
    }

    /**
     * The network as it stood on a date: the relationships that had begun by then and not yet ended (an undated start
     * counts as always).
     */
    public NetworkGraph asOf(LocalDate date) {
        return new NetworkGraph(nodes.values(), edges.stream().filter(e -> heldOn(e, date)).toList());
    }

    /** Whether a relationship held on a date: begun by then (or undated) and not ended before it. */
    public static boolean heldOn(NetworkEdge e, LocalDate date) {
        return (e.since() == null || !e.since().isAfter(date)) && (e.endedOn() == null || e.endedOn().isAfter(date));
    }

    /** What grew between two dates, and which relationships went cold (no shared interaction for 12 months). */
    public NetworkChange compare(LocalDate earlier, LocalDate later) {
        Set<Long> before = ids(asOf(earlier).edges(), e -> true);
        List<NetworkEdge> now = asOf(later).edges();
        List<NetworkEdge> added = now.stream().filter(e -> !before.contains(e.relationshipId())).toList();
        Set<Long> warmBefore = ids(asOf(earlier).edges(), e -> warm(e, earlier));
        List<NetworkEdge> cooled = now.stream().filter(e -> warmBefore.contains(e.relationshipId()) && !warm(e, later)).toList();
        return new NetworkChange(earlier, later, added, cooled);
    }

    /** Whether the two parties have met within {@link #COLD_AFTER_MONTHS} before the date. */
    public static boolean warm(NetworkEdge e, LocalDate date) {
        return e.lastInteraction() != null && !e.lastInteraction().isAfter(date)
                && e.lastInteraction().isAfter(date.minusMonths(COLD_AFTER_MONTHS));
    }

    private static Set<Long> ids(List<NetworkEdge> list, Predicate<NetworkEdge> keep) {
        Set<Long> ids = new HashSet<>();
        list.stream().filter(keep).forEach(e -> ids.add(e.relationshipId()));
        return ids;
    }

    /**
     * Betweenness centrality per node, normalised to 0..1: how often a node lies on the shortest paths (in hops) of
     * others. The same {@link Betweenness} the map draws its brokers with, so the list and the map agree.
     */
    public Map<PartyRef, Double> betweenness() {
        List<PartyRef> order = new ArrayList<>(graph.vertexSet());
        Map<PartyRef, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int[] from = new int[graph.edgeSet().size()];
        int[] to = new int[from.length];
        int e = 0;
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            from[e] = index.get(graph.getEdgeSource(edge));
            to[e++] = index.get(graph.getEdgeTarget(edge));
        }
        double[] scores = Betweenness.of(order.size(), from, to);
        Map<PartyRef, Double> result = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            result.put(order.get(i), scores[i]);
        }
        return result;
    }

    /** The nodes with the highest betweenness: the brokers who connect parts of the network. */
    public List<PartyRef> brokers(int count) {
        Map<PartyRef, Double> scores = betweenness();
        return scores.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<PartyRef, Double>comparingByValue().reversed().thenComparing(e -> e.getKey().id()))
                .limit(count).map(Map.Entry::getKey).toList();
    }

    /** Public actors the union has no relationship with: neither the organisation nor anyone working there has one. */
    public List<NetworkNode> isolatedPublicActors() {
        Set<Long> reachedThroughStaff = new HashSet<>();
        for (NetworkNode n : nodes.values()) {
            if (n.ref().isPerson() && n.organisationId() != null && degree(n.ref()) > 0) {
                reachedThroughStaff.add(n.organisationId());
            }
        }
        return nodes.values().stream()
                .filter(n -> !n.ref().isPerson() && n.publicActor())
                .filter(n -> degree(n.ref()) == 0 && !reachedThroughStaff.contains(n.ref().id()))
                .sorted(Comparator.comparing(NetworkNode::label))
                .toList();
    }

    /** The chain of people and organisations through the strongest relationships from one party to another. */
    public Optional<List<PartyRef>> introductionPath(PartyRef from, PartyRef to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        var path = new DijkstraShortestPath<>(graph).getPath(from, to);
        return path == null ? Optional.empty() : Optional.of(path.getVertexList());
    }

    /** A party and everything within {@code depth} steps of it, with the relationships among them. */
    public NetworkGraph ego(PartyRef center, int depth) {
        if (!graph.containsVertex(center)) {
            return new NetworkGraph(List.of(), List.of());
        }
        Map<PartyRef, Integer> seen = new HashMap<>(Map.of(center, 0));
        Deque<PartyRef> queue = new ArrayDeque<>(List.of(center));
        while (!queue.isEmpty()) {
            PartyRef n = queue.poll();
            if (seen.get(n) == depth) {
                continue;
            }
            for (PartyRef neighbour : Graphs.neighborListOf(graph, n)) {
                if (seen.putIfAbsent(neighbour, seen.get(n) + 1) == null) {
                    queue.add(neighbour);
                }
            }
        }
        List<NetworkNode> kept = nodes.values().stream().filter(x -> seen.containsKey(x.ref())).toList();
        List<NetworkEdge> keptEdges = edges().stream()
                .filter(e -> seen.containsKey(e.from()) && seen.containsKey(e.to())).toList();
        return new NetworkGraph(kept, keptEdges);
    }
}
