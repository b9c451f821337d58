package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.service.Workspace;
import se.samverkan.service.politics.DemandService;

class DemandExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportDemandsWritesOneRowPerDemandWithTheIdFirst() throws Exception {
        CliRunner.run("hemligt-1", o -> { }, CliRunner.in(dir, "sv", "init"));
        long id;
        try (var ws = Workspace.open(dir, "hemligt-1".toCharArray())) {
            long branch = ws.inTransaction(s -> s.branches().create(new Branch(0, 971, "Testavdelningen Export",
                    "SE21", List.of("06"), null, null)).id());
            id = new DemandService(ws, Locale.ROOT, Clock.systemDefaultZone()).save(new PoliticalDemand(0,
                    "Regionala kompetensråd för utbildningar", "Fiktiv text.", "REGIONAL_DEVELOPMENT", "REGION", null,
                    "06", branch, "DRIVEN", LocalDate.of(2025, 9, 1), null, List.of(), "Anteckning", List.of())).id();
        }
        Path out = dir.resolve("krav.csv");

        var run = CliRunner.run("hemligt-1", o -> { }, CliRunner.in(dir, "sv", "export", "demands", "--out",
                out.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFId;Titel;Politikområde;Nivå;Län;Kommun;Avdelning;Status;Väckt");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(id + ";Regionala kompetensråd för utbildningar;Regionalt utvecklingsansvar;"
                + "Region;Jönköpings län;;Testavdelningen Export;Drivs;2025-09-01;;0;Fiktiv text.;Anteckning");
    }
}
