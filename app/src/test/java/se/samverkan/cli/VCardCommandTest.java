package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;

/** {@code export people --out f.vcf} and {@code import vcard f.vcf}; all people are fictional. */
class VCardCommandTest {

    private static final String PASSWORD = "vcard-lösen-1";

    @TempDir
    Path dir;

    private Run run(Path data, String... args) {
        return CliRunner.run(PASSWORD, options -> { }, CliRunner.in(data, "sv", args));
    }

    private Path vcf(String text) throws Exception {
        return Files.writeString(dir.resolve("kort.vcf"), text, StandardCharsets.UTF_8);
    }

    private static String info(Run info, String kind) {
        return info.out().lines().filter(l -> l.startsWith(kind + ":")).findFirst().orElseThrow();
    }

    @Test
    void peopleExportedFromTheDemoAreImportedIntoAFreshDatabaseWithTheRightCounts() {
        Path demo = dir.resolve("demo");
        Path fresh = dir.resolve("fresh");
        assertThat(run(demo, "demo", "--scale", "60").status()).isZero();
        Path file = dir.resolve("ut/personer.vcf");

        Run export = run(demo, "export", "people", "--out", file.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out().trim()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(export.err()).contains("60 personer skrivna som vCard");

        assertThat(run(fresh, "init").status()).isZero();
        Run dry = run(fresh, "import", "vcard", file.toString(), "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Provkörning: 60 nya, 0 uppdateras, 0 oförändrade, 0 hoppas över, 0 med fel.");
        assertThat(info(run(fresh, "info"), "people")).isEqualTo("people: 0");

        Run imported = run(fresh, "import", "vcard", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().lines().filter(l -> l.startsWith("kort "))).hasSize(60);
        assertThat(imported.out()).contains("Klart: 60 skapade");
        assertThat(imported.err()).contains("Säkerhetskopia före importen:");
        Run info = run(fresh, "info");
        assertThat(info(info, "people")).isEqualTo("people: 60");
        assertThat(info(info, "organisations")).isEqualTo("organisations: 0");
        assertThat(info(info, "audit_entries")).as("one per person and one for the import").isEqualTo("audit_entries: 61");

        Run again = run(fresh, "import", "vcard", file.toString());
        assertThat(again.out()).contains("Klart: 0 skapade, 0 uppdaterade, 0 oförändrade, 60 överhoppade");
        assertThat(info(run(fresh, "info"), "people")).isEqualTo("people: 60");
    }

    @Test
    void importPrintsEveryErrorLocatedWritesNothingAndExitsOne() throws Exception {
        Path data = dir.resolve("data");
        run(data, "init");
        Path file = vcf("""
                BEGIN:VCARD
                VERSION:3.0
                N:Påhittad;Hugo;;;
                EMAIL:hugo(at)example.se
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                TITLE:Namnlös
                END:VCARD
                """);

        Run r = run(data, "import", "vcard", file.toString());

        assertThat(r.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines()).containsSequence(
                file + ":kort 1:rad 4:EMAIL: Ogiltig e-postadress, till exempel namn@exempel.se",
                file + ":kort 2:rad 6:N: Kortet har inget namn (varken N eller FN)");
        assertThat(r.err()).contains("Inget importerades");
        assertThat(r.out()).isEmpty();
        assertThat(info(run(data, "info"), "people")).isEqualTo("people: 0");
        assertThat(data.resolve("backups")).doesNotExist();
    }

    @Test
    void onDuplicateUpdateChangesTheMatchedPerson() throws Exception {
        Path data = dir.resolve("data");
        run(data, "init");
        run(data, "import", "vcard", vcf("BEGIN:VCARD\nVERSION:3.0\nN:Påhittad;Hugo;;;\nEMAIL:hugo@example.se\nEND:VCARD\n").toString());
        Path changed = vcf("BEGIN:VCARD\nVERSION:3.0\nN:Påhittad;Hugo;;;\nEMAIL:HUGO@example.se\nTITLE:Ombudsman\nEND:VCARD\n");

        Run r = run(data, "import", "vcard", changed.toString(), "--on-duplicate", "update");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("kort 1:rad 1: Hugo Påhittad: uppdateras (finns redan: samma e-post)");
        assertThat(info(run(data, "info"), "people")).isEqualTo("people: 1");
    }

    @Test
    void organisationsCannotBeExportedAsVCards() {
        Path data = dir.resolve("data");
        run(data, "init");

        Run r = run(data, "export", "organisations", "--out", dir.resolve("org.vcf").toString());

        assertThat(r.status()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("bara people kan exporteras till .vcf");
        assertThat(dir.resolve("org.vcf")).doesNotExist();
    }

    @Test
    void wrongKindOnDuplicateOrMissingFileAreReported() throws Exception {
        Path data = dir.resolve("data");
        run(data, "init");
        Path file = vcf("BEGIN:VCARD\nVERSION:3.0\nN:Påhittad;Hugo;;;\nEND:VCARD\n");

        assertThat(run(data, "import", "contacts-xyz", file.toString()).status()).isEqualTo(ExitCode.USAGE);
        Run rule = run(data, "import", "vcard", file.toString(), "--on-duplicate", "merge");
        assertThat(rule.status()).isEqualTo(ExitCode.USAGE);
        assertThat(rule.err()).contains("skip|update|create");
        assertThat(run(data, "import", "vcard", dir.resolve("finns-inte.vcf").toString()).status()).isEqualTo(ExitCode.BAD_INPUT);
        Run help = CliRunner.run(null, o -> { }, "import", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: samverkan import", "--dry-run", "--on-duplicate");
    }
}
