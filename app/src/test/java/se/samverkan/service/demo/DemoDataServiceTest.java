package se.samverkan.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;
import se.samverkan.domain.RecordCounts;
import se.samverkan.domain.RecordKind;
import se.samverkan.service.Workspace;

class DemoDataServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @TempDir
    Path dir;

    @Test
    void fillStoresTheWholeDataSetAndOneAuditEntry() {
        try (Workspace ws = Workspace.create(dir, "pw".toCharArray())) {
            DemoSummary summary = DemoDataService.fill(ws, DemoOptions.standard(TODAY), DemoProgress.NONE);
            RecordCounts counts = ws.counts();
            assertThat(counts.of(RecordKind.BRANCHES)).isEqualTo(summary.branches()).isEqualTo(12);
            assertThat(counts.of(RecordKind.PEOPLE)).isEqualTo(600);
            assertThat(counts.of(RecordKind.ORGANISATIONS)).isEqualTo(summary.organisations());
            assertThat(counts.of(RecordKind.RELATIONSHIPS)).isEqualTo(summary.relationships());
            assertThat(counts.of(RecordKind.INTERACTIONS)).isEqualTo(summary.interactions());
            assertThat(counts.of(RecordKind.FORUMS)).isEqualTo(summary.forums());
            assertThat(counts.of(RecordKind.SEATS)).isEqualTo(summary.seats());
            assertThat(counts.of(RecordKind.WORKSHOPS)).isEqualTo(summary.workshops());
            assertThat(counts.of(RecordKind.TARGETS)).isEqualTo(summary.targets());
            assertThat(counts.of(RecordKind.OUTCOMES)).isEqualTo(summary.outcomes());
            assertThat(counts.of(RecordKind.DEMANDS)).isEqualTo(summary.demands());
            assertThat(counts.of(RecordKind.FUNDING_PROJECTS)).isEqualTo(summary.fundingProjects());
            assertThat(counts.of(RecordKind.AUDIT_ENTRIES)).isEqualTo(1);
            assertThat(summary.took()).isPositive();
        }
    }

    @Test
    void aBranchCreatedAfterTheDemoGetsTheNextFreeId() {
        try (Workspace ws = Workspace.create(dir, "pw".toCharArray())) {
            DemoDataService.fill(ws, DemoOptions.standard(TODAY), DemoProgress.NONE);
            Branch created = ws.inTransaction(s -> s.branches().create(
                    new Branch(0, 999, "Ny avdelning", "SE22", List.of("12"), 2026, null)));
            assertThat(created.id()).isEqualTo(13);
            assertThat(ws.counts().of(RecordKind.BRANCHES)).isEqualTo(13);
        }
    }

    @Test
    void fillRefusesAWorkspaceThatHasBranches() {
        try (Workspace ws = Workspace.create(dir, "pw".toCharArray())) {
            ws.inTransaction(s -> s.branches().create(new Branch(0, 1, "Befintlig", "SE21", List.of("06"), null, null)));
            assertThatThrownBy(() -> DemoDataService.fill(ws, DemoOptions.standard(TODAY), DemoProgress.NONE))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(ws.counts().of(RecordKind.BRANCHES)).isEqualTo(1);
            assertThat(ws.counts().of(RecordKind.PEOPLE)).isZero();
        }
    }

    @Test
    void aCancelledFillWritesNothing() {
        List<String> steps = new ArrayList<>();
        DemoProgress cancelDuringPeople = new DemoProgress() {
            @Override
            public void update(double fraction, String stepKey) {
                steps.add(stepKey);
            }

            @Override
            public boolean cancelled() {
                return steps.contains(DemoSteps.PEOPLE);
            }
        };
        try (Workspace ws = Workspace.create(dir, "pw".toCharArray())) {
            assertThatThrownBy(() -> DemoDataService.fill(ws, DemoOptions.standard(TODAY), cancelDuringPeople))
                    .isInstanceOf(DemoCancelledException.class);
            RecordCounts counts = ws.counts();
            assertThat(counts.of(RecordKind.BRANCHES)).isZero();
            assertThat(counts.of(RecordKind.PEOPLE)).isZero();
            assertThat(counts.of(RecordKind.AUDIT_ENTRIES)).isZero();
            // Nothing was left behind, so a second, uncancelled fill works.
            DemoDataService.fill(ws, DemoOptions.standard(TODAY), DemoProgress.NONE);
            assertThat(ws.counts().of(RecordKind.PEOPLE)).isEqualTo(600);
        }
    }

    @Test
    void progressRisesFromZeroToOne() {
        List<Double> fractions = new ArrayList<>();
        try (Workspace ws = Workspace.create(dir, "pw".toCharArray())) {
            DemoDataService.fill(ws, DemoOptions.standard(TODAY), (fraction, step) -> fractions.add(fraction));
        }
        assertThat(fractions.get(0)).isZero();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        assertThat(fractions).isSorted();
    }

    @Test
    void fiveThousandPeopleScaleUpTheNetworkProportionally() {
        try (Workspace ws = Workspace.create(dir, "pw".toCharArray())) {
            DemoSummary summary = DemoDataService.fill(ws, DemoOptions.standard(TODAY).withPeople(5_000), DemoProgress.NONE);
            RecordCounts counts = ws.counts();
            assertThat(counts.of(RecordKind.PEOPLE)).isEqualTo(5_000);
            assertThat(counts.of(RecordKind.RELATIONSHIPS)).isEqualTo(7_500).isEqualTo(summary.relationships());
            assertThat(counts.of(RecordKind.INTERACTIONS)).isEqualTo(3_000);
            assertThat(counts.of(RecordKind.ORGANISATIONS)).isGreaterThan(600);
        }
    }
}
