package se.samverkan.ui.network;

import java.nio.file.Path;
import java.time.LocalDate;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.NetworkMapService;

/** Times what the map does before it draws, on a real data folder: read the network, analyse it, lay it out. */
public final class MapLoadBench {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String password = System.getenv("SAMVERKAN_PASSWORD");
        try (Workspace ws = Workspace.open(dir, password.toCharArray())) {
            var service = new NetworkMapService(ws, Messages.SWEDISH);
            for (int run = 1; run <= 3; run++) {
                long t0 = System.nanoTime();
                var data = service.load();
                long t1 = System.nanoTime();
                var model = new MapModel(data, LocalDate.now());
                long t2 = System.nanoTime();
                model.layout(f -> { }, () -> false);
                long t3 = System.nanoTime();
                System.out.printf("run %d: %d nodes, %d edges: read %.0f ms, model + betweenness %.0f ms, layout %.0f ms, total %.0f ms%n",
                        run, model.size(), data.graph().edges().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                        (t3 - t0) / 1e6);
            }
        }
    }
}
