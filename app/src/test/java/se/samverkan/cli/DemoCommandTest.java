package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PasswordSource passwords = new PasswordSource(null, Map.of(PasswordSource.ENV_VARIABLE, "pw"), prompt -> null);
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return SamverkanCli.run(all, options -> { }, new PrintWriter(out, true), new PrintWriter(err, true), passwords);
    }

    @Test
    void demoCreatesANewDatabaseAndPrintsTheCounts() {
        assertThat(run("demo", "--scale", "200")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("branches: 12", "people: 200", "funding_projects: ");
        assertThat(err.toString()).contains("fictional");
        out.getBuffer().setLength(0);
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
