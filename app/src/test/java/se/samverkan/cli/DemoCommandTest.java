package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    private int run(String... args) {
        CliRunner.Run r = CliRunner.run("pw", options -> { }, CliRunner.in(dir, "en", args));
        out.append(r.out());
        err.append(r.err());
        return r.status();
    }

    @Test
    void demoCreatesANewDatabaseAndPrintsTheCounts() {
        assertThat(run("demo", "--scale", "200")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("branches: 12", "people: 200", "funding_projects: ");
        assertThat(err.toString()).contains("fictional");
        out.setLength(0);
        assertThat(run("info")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("people: 200", "audit_entries: 1");
    }

    @Test
    void demoRefusesAnExistingDatabase() {
        assertThat(run("init")).isEqualTo(ExitCode.OK);
        assertThat(run("demo")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("already a database");
    }

    @Test
    void aScaleBelowOneIsAUsageError() {
        assertThat(run("demo", "--scale", "0")).isEqualTo(ExitCode.USAGE);
    }
}
