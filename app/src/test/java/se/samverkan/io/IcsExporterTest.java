package se.samverkan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsExporterTest {

    @TempDir
    Path dir;

    @Test
    void datesAndLocalTimesDoNotDependOnTheComputersTimeZone() throws Exception {
        List<IcsEntry> entries = List.of(
                new IcsEntry("workshop-1@samverkan", "Heldag på Öland", null, null, null, LocalDate.of(2026, 12, 24),
                        null, null, "CONFIRMED"),
                new IcsEntry("workshop-2@samverkan", "Sommarträff", "Beskrivning med å ä ö", "Växjö", null,
                        LocalDate.of(2026, 6, 18), LocalTime.of(13, 0), LocalTime.of(16, 30), "TENTATIVE"),
                new IcsEntry("forum-meeting-3@samverkan", "Möte: Rådet", null, null, null, LocalDate.of(2026, 10, 25),
                        LocalTime.of(2, 30), null, null));
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Auckland", "America/Los_Angeles", "UTC", "Europe/Stockholm")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Path file = dir.resolve(zone.replace('/', '-') + ".ics");
                assertThat(IcsExporter.write(file, "Samverkan", entries)).isEqualTo(3);
                assertThat(Files.readString(file)).as(zone).contains(
                        "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261225",
                        "DTSTART;TZID=Europe/Stockholm:20260618T130000", "DTEND;TZID=Europe/Stockholm:20260618T163000",
                        "DTSTART;TZID=Europe/Stockholm:20261025T023000", "SUMMARY:Heldag på Öland",
                        "DESCRIPTION:Beskrivning med å ä ö", "\r\n");
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
