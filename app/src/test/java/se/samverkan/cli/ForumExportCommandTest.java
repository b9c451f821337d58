package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;

/** {@code export forums|seats}: every forum and seat of the demo, the record's id first, codes as words. */
class ForumExportCommandTest {

    private static final String PASSWORD = "forum-lösen-1";

    @TempDir
    Path dir;

    private Run run(String... args) {
        return CliRunner.run(PASSWORD, options -> { }, CliRunner.in(dir.resolve("data"), "sv", args));
    }

    private long count(String kind) {
        return Long.parseLong(run("info").out().lines().filter(l -> l.startsWith(kind + ": ")).findFirst()
                .orElseThrow().substring(kind.length() + 2));
    }

    @Test
    void forumsAndSeatsAreExportedWithTheIdFirstAndOneRowPerRecord() throws Exception {
        assertThat(run("demo", "--scale", "60").status()).isZero();
        Path forums = dir.resolve("forum.csv");
        Path seats = dir.resolve("platser.xlsx");

        Run f = run("export", "forums", "--out", forums.toString());
        Run s = run("export", "seats", "--out", seats.toString());

        assertThat(f.status()).as(f.err()).isZero();
        assertThat(s.status()).as(s.err()).isZero();
        List<String> lines = Files.readAllLines(forums, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFId;Namn;Typ av forum;Nivå;");
        assertThat(lines).hasSize((int) count("forums") + 1);
        assertThat(lines.get(1)).containsAnyOf(";Region;", ";Kommun;", ";Riksområde (NUTS 2);", ";Nationell;");
        assertThat(s.err()).contains(count("seats") + " rader");
        assertThat(seats).isNotEmptyFile();
    }
}
