package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.BudgetLine;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingTarget;
import se.samverkan.service.Workspace;
import se.samverkan.service.funding.FundingService;

class FundingExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportFundingWritesOneRowPerProjectWithTheIdFirstAndTheBudgetSums() throws Exception {
        CliRunner.run("hemligt-1", o -> { }, CliRunner.in(dir, "sv", "init"));
        long id;
        try (var ws = Workspace.open(dir, "hemligt-1".toCharArray())) {
            id = new FundingService(ws).save(new FundingProject(0, "Kompetenslyft Testlän", "ESF_PLUS",
                    "Programområde 1", "Testutlysning", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 4), null,
                    null, "APPLIED", "PARTNER", null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null,
                    new BigDecimal("54"), null, List.of(), List.of(), List.of(),
                    List.of(new BudgetLine(0, null, "ESF_SHARE", "ESF-stöd", new BigDecimal("540")),
                            new BudgetLine(0, null, "CO_FINANCING", "Region", new BigDecimal("460")),
                            new BudgetLine(0, null, "STAFF", "Personal", new BigDecimal("1000"))),
                    List.of(new FundingTarget("PARTICIPANTS", null, 75, null, 250, null, null, null)))).id();
        }
        Path out = dir.resolve("funding.csv");

        var run = CliRunner.run("hemligt-1", o -> { }, CliRunner.in(dir, "sv", "export", "funding", "--out",
                out.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFId;Namn;Fond;Programområde;Utlysning;Status");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(id + ";Kompetenslyft Testlän;ESF_PLUS;Programområde 1;Testutlysning;APPLIED")
                .contains(";250;75;");
    }
}
