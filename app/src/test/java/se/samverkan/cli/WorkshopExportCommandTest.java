package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.Workshop;
import se.samverkan.domain.WorkshopPlan;
import se.samverkan.service.Workspace;
import se.samverkan.service.workshops.WorkshopService;

class WorkshopExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportWorkshopsWritesOneRowPerWorkshopWithTheIdFirst() throws Exception {
        CliRunner.run("hemligt-1", o -> { }, CliRunner.in(dir, "sv", "init"));
        long id;
        try (var ws = Workspace.open(dir, "hemligt-1".toCharArray())) {
            id = new WorkshopService(ws, Locale.ROOT, Clock.systemDefaultZone()).save(new WorkshopPlan(
                    new Workshop(0, "Målsättning för Testavdelningen", "GOAL_SETTING", "PLANNED",
                            LocalDate.of(2031, 5, 6), LocalTime.of(9, 0), LocalTime.of(12, 0), "0680", "Folkets hus",
                            null, "Testledare", null, List.of(), List.of()),
                    List.of(new AgendaItem(0, 0, 0, "Inledning", 30), new AgendaItem(0, 0, 1, "Mål", 120)),
                    List.of(), List.of())).workshop().id();
        }
        Path out = dir.resolve("workshops.csv");

        var run = CliRunner.run("hemligt-1", o -> { }, CliRunner.in(dir, "sv", "export", "workshops", "--out",
                out.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFId;Titel;Typ av workshop;Status;Datum");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(id + ";Målsättning för Testavdelningen;Målsättningsworkshop;PLANNED;2031-05-06;09:00;12:00;Jönköping")
                .contains(";150;");
    }
}
