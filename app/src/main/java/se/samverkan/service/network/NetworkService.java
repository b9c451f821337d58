package se.samverkan.service.network;

import se.samverkan.service.Workspace;

/** Loads the network map's graph from the workspace in one read. */
public final class NetworkService {

    private final Workspace workspace;

    public NetworkService(Workspace workspace) {
        this.workspace = workspace;
    }

    public NetworkGraph graph() {
        return workspace.read(session -> new NetworkGraph(session.network().nodes(), session.network().edges()));
    }
}
