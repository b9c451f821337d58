package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;

/**
 * {@code export branches|relationships|interactions}: one row per record, the id first, kinds as words; the notes
 * of relationships and interactions only with {@code --include-sensitive}.
 */
class NetworkExportCommandTest {

    private static final String PASSWORD = "nätverk-lösen-1";

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
    void branchesRelationshipsAndInteractionsAreExportedWithTheIdFirstAndOneRowPerRecord() throws Exception {
        assertThat(run("demo", "--scale", "60").status()).isZero();
        Path branches = dir.resolve("avdelningar.csv");
        Path relationships = dir.resolve("relationer.xlsx");
        Path interactions = dir.resolve("kontakter.csv");

        for (String[] args : List.of(new String[] {"branches", branches.toString()},
                new String[] {"relationships", relationships.toString()},
                new String[] {"interactions", interactions.toString()})) {
            Run r = run("export", args[0], "--out", args[1]);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.err()).contains(count(args[0]) + " rader");
        }

        List<String> b = Files.readAllLines(branches, StandardCharsets.UTF_8);
        assertThat(b.get(0)).isEqualTo("\uFEFFId;Nummer;Namn;NUTS-område;Län;Med sedan;Medlemsår;Aktiva medlemmar");
        assertThat(b).hasSize((int) count("branches") + 1);
        assertThat(b.get(1)).matches("\\d+;\\d+;[^;]+;[^;]+;.*");

        try (InputStream in = Files.newInputStream(relationships); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheet("Relationer");
            var fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Id");
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(2))).isEqualTo("Relation");
            assertThat(sheet.getRow(0).getLastCellNum()).as("no notes column").isEqualTo((short) 8);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) count("relationships"));
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fmt.formatCellValue(sheet.getRow(1).getCell(2))).isIn("Arbetar på", "Sitter i", "Känner",
                    "Samverkar med", "Finansierar", "Medlem i", "Annan relation");
        }

        List<String> i = Files.readAllLines(interactions, StandardCharsets.UTF_8);
        assertThat(i.get(0)).isEqualTo("\uFEFFId;Datum;Typ av kontakt;Ämne;Personer;Organisationer;Avdelning");
        assertThat(i.get(1)).containsAnyOf(";Möte;", ";Digitalt möte;", ";Samtal;", ";E-post;", ";Annan kontakt;");
    }

    @Test
    void theNotesOfInteractionsComeOnlyWhenSensitiveDataIsAskedFor() throws Exception {
        assertThat(run("demo", "--scale", "60").status()).isZero();
        Path plain = dir.resolve("utan.csv");
        Path sensitive = dir.resolve("med.csv");

        assertThat(run("export", "interactions", "--out", plain.toString()).status()).isZero();
        Run r = run("export", "interactions", "--out", sensitive.toString(), "--include-sensitive");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("anteckningar om relationer och kontakter");
        assertThat(Files.readAllLines(plain, StandardCharsets.UTF_8).get(0)).doesNotContain("Anteckningar");
        List<String> lines = Files.readAllLines(sensitive, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith(";Avdelning;Anteckningar");
    }
}
