package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;
import se.samverkan.service.AppVersion;
import se.samverkan.service.StartupOptions;

class CliTest {

    @TempDir
    Path dir;

    private final List<StartupOptions> windowsOpened = new ArrayList<>();

    private Run run(String password, String... args) {
        return CliRunner.run(password, windowsOpened::add, args);
    }

    private String[] withDir(String... args) {
        return CliRunner.in(dir, "sv", args);
    }

    @Test
    void versionPrintsNameAndPomVersion() {
        Run r = run(null, "--version");
        assertThat(r.status()).isZero();
        assertThat(r.out().trim()).isEqualTo("samverkan " + AppVersion.get()).matches("samverkan \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void initCreatesAnEncryptedDatabaseAndInfoCountsEveryKind() throws Exception {
        Run init = run("hemligt-1", withDir("init"));
        assertThat(init.status()).as(init.err()).isZero();
        assertThat(Files.readString(dir.resolve("samverkan.mv.db"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("H2encrypt");

        Run info = run("hemligt-1", withDir("info"));
        assertThat(info.status()).isZero();
        assertThat(info.out().lines().toList()).containsExactly(
                "branches: 0", "people: 0", "organisations: 0", "relationships: 0", "interactions: 0", "forums: 0",
                "seats: 0", "workshops: 0", "indicators: 14", "targets: 0", "outcomes: 0", "demands: 0",
                "funding_projects: 0", "audit_entries: 0");
    }

    @Test
    void passwordFileIsReadFromItsFirstLine() throws Exception {
        Path file = Files.writeString(dir.resolve("pw.txt"), "från-fil\nandra raden\n");
        Path data = dir.resolve("data");
        assertThat(run(null, "--data-dir", data.toString(), "--password-file", file.toString(), "init").status()).isZero();
        assertThat(run("från-fil", "--data-dir", data.toString(), "info").status()).isZero();
    }

    @Test
    void wrongPasswordExitsWithThreeAndAClearMessage() {
        run("hemligt-1", withDir("init"));
        Run info = run("fel", withDir("info"));
        assertThat(info.status()).isEqualTo(ExitCode.CANNOT_OPEN);
        assertThat(info.err()).contains("Fel lösenord").doesNotContain("Exception");
        assertThat(info.out()).isEmpty();
    }

    @Test
    void aDatabaseOpenInAnotherSamverkanExitsWithThreeAndSaysSo() {
        run("hemligt-1", withDir("init"));
        try (var open = se.samverkan.service.Workspace.open(dir, "hemligt-1".toCharArray())) {
            Run info = run("hemligt-1", withDir("info"));
            assertThat(info.status()).isEqualTo(ExitCode.CANNOT_OPEN);
            assertThat(info.err()).contains("redan öppen");
        }
        assertThat(run("hemligt-1", withDir("info")).status()).isZero();
    }

    @Test
    void exportWritesTheListAndPrintsTheFile() throws Exception {
        run("hemligt-1", withDir("init"));
        Path out = dir.resolve("ut/personer.xlsx");
        Run export = run("hemligt-1", withDir("export", "people", "--out", out.toString()));
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out().trim()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(export.err()).contains("0 rader");
        assertThat(out).exists();
    }

    @Test
    void exportOfAnUnknownListOrFormatIsAUsageError() {
        run("hemligt-1", withDir("init"));
        Run kind = run("hemligt-1", withDir("export", "goals", "--out", dir.resolve("f.csv").toString()));
        assertThat(kind.status()).isEqualTo(ExitCode.USAGE);
        assertThat(kind.err()).contains("people, organisations");
        assertThat(run("hemligt-1", withDir("export", "people", "--out", dir.resolve("f.pdf").toString())).status())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void infoWithoutDatabaseExitsWithThree() {
        Run info = run("x", withDir("info"));
        assertThat(info.status()).isEqualTo(ExitCode.CANNOT_OPEN);
        assertThat(info.err()).contains("ingen databas");
    }

    @Test
    void initOverAnExistingDatabaseExitsWithOneAndKeepsIt() {
        run("hemligt-1", withDir("init"));
        Run again = run("annat", withDir("init"));
        assertThat(again.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("hemligt-1", withDir("info")).status()).isZero();
    }

    @Test
    void missingPasswordIsAUsageError() {
        Run init = run(null, withDir("init"));
        assertThat(init.status()).isEqualTo(ExitCode.USAGE);
        assertThat(init.err()).contains("Inget lösenord");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run(null, "nonsense").status()).isEqualTo(ExitCode.USAGE);
        assertThat(run(null, "info", "--bogus").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("init", "info", "backup", "restore", "export")) {
            Run help = run(null, command, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out()).contains("Usage: samverkan " + command);
        }
    }

    @Test
    void backupThenRestoreBringsTheDatabaseBack() throws Exception {
        run("hemligt-1", withDir("init"));
        Path target = dir.resolve("kopia.zip");
        Run backup = run("hemligt-1", withDir("backup", "--out", target.toString()));
        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(backup.out().trim()).isEqualTo(target.toAbsolutePath().toString());
        assertThat(target).exists();

        Run restore = run("hemligt-1", withDir("restore", "--yes", target.toString()));
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.err()).contains("återställd");
        try (var backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("before-restore"));
        }
        assertThat(run("hemligt-1", withDir("info")).status()).isZero();
    }

    @Test
    void backupWithoutOutGoesToTheBackupFolder() {
        run("hemligt-1", withDir("init"));
        Run backup = run("hemligt-1", withDir("backup"));
        assertThat(backup.status()).isZero();
        assertThat(Path.of(backup.out().trim())).exists().startsWith(dir.resolve("backups"));
    }

    @Test
    void restoreOfAMissingFileExitsWithOne() {
        run("hemligt-1", withDir("init"));
        assertThat(run("hemligt-1", withDir("restore", "--yes", dir.resolve("finns-inte.zip").toString())).status())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void noCommandOpensTheWindowWithTheChosenFolderAndLanguage() {
        Run r = run(null, "--data-dir", dir.toString(), "--lang", "en");
        assertThat(r.status()).isEqualTo(-1);
        assertThat(windowsOpened).singleElement().satisfies(o -> {
            assertThat(o.dataDir()).isEqualTo(dir.toAbsolutePath());
            assertThat(o.locale().getLanguage()).isEqualTo("en");
        });
    }

    @Test
    void englishMessagesWhenAskedFor() {
        Run info = run("x", "--data-dir", dir.toString(), "--lang", "en", "info");
        assertThat(info.err()).contains("There is no database");
    }
}
