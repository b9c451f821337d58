package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;

/** {@code export calendar --from D --to D --out f.ics} on the fictional demo data. */
class CalendarCommandTest {

    private static final String PASSWORD = "kalender-lösen-1";

    @TempDir
    Path dir;

    private Run run(String lang, String... args) {
        return CliRunner.run(PASSWORD, options -> { }, CliRunner.in(dir.resolve("data"), lang, args));
    }

    @Test
    void theDemoCalendarIsWrittenAsIcsThatAnIndependentParserReads() throws Exception {
        assertThat(run("sv", "demo", "--scale", "60").status()).isZero();
        int year = LocalDate.now().getYear();
        Path file = dir.resolve("ut/kalender.ics");

        Run export = run("sv", "export", "calendar", "--from", (year - 1) + "-01-01", "--to", year + "-12-31",
                "--out", file.toString());

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out().trim()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(export.err()).contains("händelser från " + (year - 1) + "-01-01");
        List<VEvent> events;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            events = new CalendarBuilder().build(reader).getComponents(Component.VEVENT);
        }
        assertThat(events).isNotEmpty();
        List<String> uids = events.stream()
                .map(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertThat(uids).doesNotHaveDuplicates().allMatch(u -> u.matches("(workshop|forum-meeting)-\\d+@samverkan"));
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.DTSTART)).isPresent());
    }

    @Test
    void wrongUseOfTheCalendarExportIsAUsageError() {
        assertThat(run("sv", "init").status()).isZero();
        Path ics = dir.resolve("k.ics");
        Run noPeriod = run("sv", "export", "calendar", "--out", ics.toString());
        assertThat(noPeriod.status()).isEqualTo(ExitCode.USAGE);
        assertThat(noPeriod.err()).contains("--from");
        assertThat(run("sv", "export", "calendar", "--from", "2026-12-31", "--to", "2026-01-01", "--out",
                ics.toString()).status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("sv", "export", "calendar", "--from", "2026-01-01", "--to", "2026-12-31", "--out",
                dir.resolve("k.csv").toString()).status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("en", "export", "people", "--out", ics.toString()).err()).contains("only calendar");
        assertThat(run("sv", "export", "calendar", "--from", "2026-13-01", "--to", "2026-12-31", "--out",
                ics.toString()).status()).isEqualTo(ExitCode.USAGE);
        assertThat(ics).doesNotExist();
    }

    @Test
    void anEmptyPeriodGivesAValidCalendarWithoutEvents() throws Exception {
        assertThat(run("sv", "init").status()).isZero();
        Path ics = dir.resolve("tom.ics");
        Run export = run("en", "export", "calendar", "--from", "2026-01-01", "--to", "2026-01-31", "--out",
                ics.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.err()).contains("0 events");
        try (Reader reader = Files.newBufferedReader(ics, StandardCharsets.UTF_8)) {
            assertThat(new CalendarBuilder().build(reader).getComponents(Component.VEVENT)).isEmpty();
        }
    }
}
