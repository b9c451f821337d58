package se.samverkan.service.network;

import java.util.Locale;
import java.util.stream.Collectors;
import se.samverkan.domain.ActorType;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Workspace;

/** The network map's use cases: load everything it draws in one read; remember pins and "Jag". */
public final class NetworkMapService {

    private final Workspace workspace;
    private final Locale locale;

    public NetworkMapService(Workspace workspace, Locale locale) {
        this.workspace = workspace;
        this.locale = locale;
    }

    public NetworkMapData load() {
        return workspace.read(session -> {
            var network = session.network();
            var map = session.networkMap();
            var graph = new NetworkGraph(network.nodes(), network.edges());
            // "Jag" may point at a person deleted since; then nobody is "Jag"
            Long me = map.me().filter(id -> graph.nodes().stream().anyMatch(n -> n.ref().equals(PartyRef.person(id))))
                    .orElse(null);
            return new NetworkMapData(graph, network.seats(), map.pins(), me,
                    session.reference().counties(), session.reference().municipalities(), session.branches().all(),
                    session.organisations(locale).actorTypes().stream()
                            .collect(Collectors.toMap(ActorType::code, ActorType::name)));
        });
    }

    public void pin(PartyRef party, double x, double y) {
        workspace.inTransaction(session -> {
            session.networkMap().pin(party, x, y);
            return null;
        });
    }

    public void unpin(PartyRef party) {
        workspace.inTransaction(session -> {
            session.networkMap().unpin(party);
            return null;
        });
    }

    public void setMe(Long personId) {
        workspace.inTransaction(session -> {
            session.networkMap().setMe(personId);
            return null;
        });
    }
}
