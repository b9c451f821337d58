package se.samverkan.ui.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.MapPin;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.NetworkSeat;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.network.NetworkGraph;
import se.samverkan.service.network.NetworkMapData;

/** Small hand-made networks for the map's tests. */
final class MapFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    final List<NetworkNode> nodes = new ArrayList<>();
    final List<NetworkEdge> edges = new ArrayList<>();
    final List<NetworkSeat> seats = new ArrayList<>();
    final List<MapPin> pins = new ArrayList<>();
    private long nextEdge = 1;

    PartyRef org(long id, String name, String type, boolean isPublic, String county) {
        var ref = PartyRef.organisation(id);
        nodes.add(new NetworkNode(ref, name, type, isPublic, county, null, null, null));
        return ref;
    }

    PartyRef person(long id, String name, String county, Long branch, Long orgId) {
        var ref = PartyRef.person(id);
        // like the repository: a person takes the actor type of the organisation they work at
        var employer = nodes.stream().filter(n -> n.ref().equals(orgId == null ? null : PartyRef.organisation(orgId)))
                .findFirst();
        nodes.add(new NetworkNode(ref, name, employer.map(NetworkNode::actorType).orElse(null),
                employer.map(NetworkNode::publicActor).orElse(false), county, null, branch, orgId));
        return ref;
    }

    /** A relationship since a date, with its last shared interaction (null: never). */
    NetworkEdge edge(PartyRef a, PartyRef b, int strength, LocalDate since, LocalDate lastContact) {
        var e = new NetworkEdge(nextEdge++, a, b, "KNOWS", strength, since, null, null, lastContact);
        edges.add(e);
        return e;
    }

    MapModel model() {
        var data = new NetworkMapData(new NetworkGraph(nodes, edges), seats, pins, null, List.of(), List.of(), List.of(),
                Map.of());
        return new MapModel(data, TODAY);
    }

    /** Puts the nodes on a row, 100 map units apart, in the order they were added. */
    static MapModel inARow(MapModel m) {
        for (int i = 0; i < m.size(); i++) {
            m.x[i] = i * 100;
            m.y[i] = 0;
        }
        return m;
    }
}
