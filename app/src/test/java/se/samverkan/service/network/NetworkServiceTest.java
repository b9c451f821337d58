package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.RecordKind;
import se.samverkan.service.Workspace;
import se.samverkan.service.demo.DemoDataService;
import se.samverkan.service.demo.DemoOptions;
import se.samverkan.service.demo.DemoProgress;

class NetworkServiceTest {

    @TempDir
    Path dir;

    @Test
    void theGraphHoldsEveryPartyAndRelationshipOfTheDemoNetwork() {
        try (Workspace ws = Workspace.create(dir, "pw-network".toCharArray())) {
            DemoDataService.fill(ws, DemoOptions.standard(LocalDate.of(2026, 6, 1)).withPeople(300), DemoProgress.NONE);
            var counts = ws.counts();
            NetworkGraph graph = new NetworkService(ws).graph();

            assertThat(graph.nodes()).hasSize((int) (counts.of(RecordKind.PEOPLE) + counts.of(RecordKind.ORGANISATIONS)));
            assertThat(graph.edges()).isNotEmpty().hasSizeLessThanOrEqualTo((int) counts.of(RecordKind.RELATIONSHIPS));
            assertThat(graph.edges()).extracting(NetworkEdge::lastInteraction).anyMatch(d -> d != null);
            assertThat(graph.brokers(5)).hasSize(5);
        }
    }
}
