package se.samverkan.ui.network;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkNode;
import se.samverkan.service.network.NetworkChange;
import se.samverkan.service.network.NetworkGraph;

/**
 * Turns the loaded network and a filter into what the map draws. A node is shown when it matches every node
 * criterion (a criterion a node has no value for, such as a branch for an organisation, does not match); an edge is
 * shown when both its ends are and it passes the edge criteria. Positions are not touched: filtering never moves the
 * picture.
 */
final class MapProjection {

    private MapProjection() {
    }

    static MapFrame project(MapModel model, MapFilter filter) {
        NetworkGraph shown = model.graph.asOf(filter.date());
        if (filter.ego()) {
            shown = shown.ego(filter.egoCenter(), filter.egoDepth());
        }
        int n = model.size();
        boolean[] visible = new boolean[n];
        for (NetworkNode node : shown.nodes()) {
            int i = model.indexOf(node.ref());
            visible[i] = i >= 0 && matches(model, node, filter);
        }
        Set<Long> added = new HashSet<>();
        Set<Long> cooled = new HashSet<>();
        if (filter.compareFrom() != null && filter.compareFrom().isBefore(filter.date())) {
            NetworkChange change = model.graph.compare(filter.compareFrom(), filter.date());
            change.added().forEach(e -> added.add(e.relationshipId()));
            change.cooled().forEach(e -> cooled.add(e.relationshipId()));
        }
        List<NetworkEdge> edges = shown.edges();
        int m = edges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        int[] strength = new int[m];
        byte[] style = new byte[m];
        NetworkEdge[] kept = new NetworkEdge[m];
        int[] degree = new int[n];
        boolean[] touched = new boolean[n];
        int count = 0;
        int addedCount = 0;
        int cooledCount = 0;
        for (NetworkEdge e : edges) {
            int a = model.indexOf(e.from());
            int b = model.indexOf(e.to());
            if (a < 0 || b < 0 || !visible[a] || !visible[b] || e.strength() < filter.minStrength()) {
                continue;
            }
            if (filter.inTouchSince() != null
                    && (e.lastInteraction() == null || e.lastInteraction().isBefore(filter.inTouchSince()))) {
                continue;
            }
            from[count] = a;
            to[count] = b;
            strength[count] = e.strength();
            kept[count] = e;
            if (added.contains(e.relationshipId())) {
                style[count] = MapFrame.ADDED;
                addedCount++;
            } else if (cooled.contains(e.relationshipId())) {
                style[count] = MapFrame.COOLED;
                cooledCount++;
            } else {
                style[count] = NetworkGraph.warm(e, filter.date()) ? MapFrame.NORMAL : MapFrame.COLD;
            }
            degree[a]++;
            degree[b]++;
            touched[a] = true;
            touched[b] = true;
            count++;
        }
        if (filter.inTouchSince() != null) {
            for (int i = 0; i < n; i++) {
                visible[i] &= touched[i];
            }
        }
        return new MapFrame(visible, degree, count, from, to, strength, style, kept, addedCount, cooledCount);
    }

    private static boolean matches(MapModel model, NetworkNode node, MapFilter f) {
        if (f.actor() != null && !f.actor().matches(node)) {
            return false;
        }
        if (f.countyCode() != null && !f.countyCode().equals(node.countyCode())) {
            return false;
        }
        if (f.municipalityCode() != null && !f.municipalityCode().equals(node.municipalityCode())) {
            return false;
        }
        if (f.branchId() != null && !f.branchId().equals(node.branchId())) {
            return false;
        }
        if (f.forumId() != null) {
            if (!node.ref().isPerson()) {
                return false;
            }
            return model.seatsOf(node.ref().id()).stream()
                    .anyMatch(s -> s.forumId() == f.forumId() && s.heldOn(f.date()));
        }
        return true;
    }
}
