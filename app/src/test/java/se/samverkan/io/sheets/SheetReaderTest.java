package se.samverkan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixtures: kontakter.fods written by hand and converted by LibreOffice headless to .xlsx, .xls and .ods. */
class SheetReaderTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(SheetReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kontakter.xlsx", "kontakter.xls", "kontakter.ods"})
    void headerIsFoundBelowATitleAndABlankRow(String name) {
        List<SheetRow> rows = SheetReader.readAll(fixture(name));
        Header header = Header.find(rows.stream().filter(r -> r.sheet().equals("Kontakter")).toList()).orElseThrow();
        assertThat(header.row().number()).isEqualTo(3);
        assertThat(header.columnNames()).containsExactly("Namn", "E-post", "Antal", "Andel", "Datum", "Kommentar", "Dubbelt");
        assertThat(rows).noneMatch(r -> r.number() == 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kontakter.xlsx", "kontakter.xls", "kontakter.ods"})
    void typedCellsHaveCanonicalTextAndFormulasTheirCachedValue(String name) {
        SheetRow anna = row(SheetReader.readAll(fixture(name)), 4);
        assertThat(anna.cell(2).text()).isEqualTo("1500");
        assertThat(anna.cell(2).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(anna.cell(3).text()).isEqualTo("0.125");
        assertThat(anna.cell(3).kind()).isEqualTo(CellKind.PERCENT);
        assertThat(anna.cell(4).text()).isEqualTo("2026-03-01");
        assertThat(anna.cell(4).kind()).isEqualTo(CellKind.DATE);
        assertThat(anna.text(5)).isEqualTo("Rad ett\nrad två");
        assertThat(anna.cell(6).text()).isEqualTo("3000");
        assertThat(anna.cell(4).location()).hasToString(name + ":Kontakter:4:E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kontakter.xlsx", "kontakter.xls", "kontakter.ods"})
    void hiddenRowsAndSheetsAreFlaggedNotDropped(String name) {
        List<SheetRow> rows = SheetReader.readAll(fixture(name));
        assertThat(row(rows, 6).hidden()).isTrue();
        assertThat(row(rows, 6).text(0)).isEqualTo("Cilla Ceder");
        assertThat(row(rows, 4).hidden()).isFalse();
        assertThat(rows).filteredOn(r -> r.sheet().equals("Dold")).singleElement().matches(SheetRow::sheetHidden);
    }

    @Test
    void csvInWindows1252WithSemicolonsIsReadWithSwedishLetters() {
        List<SheetRow> rows = SheetReader.readAll(fixture("windows1252-semikolon.csv"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).text(0)).isEqualTo("Åsa Öberg");
        assertThat(rows.get(1).text(1)).isEqualTo("Härnösand");
        assertThat(rows.get(2).text(0)).isEqualTo("Lärk, Ängla");
        assertThat(rows.get(2).text(2)).isEqualTo("ang\"la@example.se");
        assertThat(rows.get(2).cell(1).location()).hasToString("windows1252-semikolon.csv:windows1252-semikolon:3:B");
    }

    @Test
    void csvInUtf8WithBomKeepsQuotedLineBreaksAndCommas() {
        List<SheetRow> rows = SheetReader.readAll(fixture("utf8-bom-flyttade-kolumner.csv"));
        Header header = Header.find(rows).orElseThrow();
        assertThat(header.columnNames()).containsExactly("E-post", "Namn", "Kommentar");
        assertThat(header.column("namn")).isEqualTo(1);
        assertThat(rows.get(1).text(2)).isEqualTo("två\nrader, med komma");
        assertThat(rows.get(2).text(2)).isEqualTo("Sa \"hej\"");
        // a quoted line break stays inside one row, as Excel shows it
        assertThat(rows.get(2).number()).isEqualTo(3);
    }

    @Test
    void separatorIsTheOneThatSplitsLinesAlikeOutsideQuotes() {
        assertThat(CsvDialect.separatorOf("a;\"b,c,d\";e\n1;\"2,3\";4\n")).isEqualTo(';');
        assertThat(CsvDialect.separatorOf("Titel, med komma\na\tb\tc\n1\t2\t3\n")).isEqualTo('\t');
        assertThat(CsvDialect.separatorOf("a,b,c\n1,2,3\n")).isEqualTo(',');
    }

    @Test
    void truncatedXlsxGivesALocatedErrorNotAStackTrace() {
        assertProblem(fixture("trasig.xlsx"), SheetReadException.Problem.CORRUPT);
        SheetReadException e = catchRead(fixture("trasig.xlsx"));
        assertThat(e.message(ResourceBundle.getBundle("i18n.messages", new Locale("sv"))))
                .startsWith("trasig.xlsx: filen är trasig");
    }

    @Test
    void emptyFileAndUnsupportedEndingAreNamed() throws Exception {
        assertProblem(fixture("tom.csv"), SheetReadException.Problem.EMPTY);
        Path pdf = Files.writeString(dir.resolve("lista.pdf"), "%PDF-1.4");
        assertProblem(pdf, SheetReadException.Problem.UNSUPPORTED);
        Path blank = Files.writeString(dir.resolve("blank.csv"), ";;\n;;\n");
        assertProblem(blank, SheetReadException.Problem.EMPTY);
        assertProblem(dir.resolve("saknas.xlsx"), SheetReadException.Problem.UNREADABLE);
        Path notZip = Files.writeString(dir.resolve("fel.xlsx"), "Namn;E-post\n");
        assertProblem(notZip, SheetReadException.Problem.CORRUPT);
    }

    @Test
    void passwordProtectedXlsxIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("skyddad.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Namn");
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertProblem(file, SheetReadException.Problem.ENCRYPTED);
    }

    @Test
    void zipBombIsRefusedWithPoisDefaultLimit() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Blad1");
            for (int i = 0; i < 40; i++) {
                sheet.createRow(i).createCell(0).setCellValue("a".repeat(32_000) + i);
            }
            wb.write(out);
        }
        assertProblem(file, SheetReadException.Problem.ZIP_BOMB);
    }

    @Test
    void anExceptionFromTheCallerPassesThroughUnchanged() {
        IllegalStateException cancel = new IllegalStateException("avbruten");
        assertThatThrownBy(() -> SheetReader.read(fixture("kontakter.xlsx"), row -> {
            throw cancel;
        })).isSameAs(cancel);
    }

    private static SheetRow row(List<SheetRow> rows, int number) {
        return rows.stream().filter(r -> r.sheet().equals("Kontakter") && r.number() == number).findFirst().orElseThrow();
    }

    private static SheetReadException catchRead(Path file) {
        try {
            SheetReader.readAll(file);
        } catch (SheetReadException e) {
            return e;
        }
        throw new AssertionError("no SheetReadException for " + file);
    }

    private static void assertProblem(Path file, SheetReadException.Problem problem) {
        assertThat(catchRead(file).problem()).isEqualTo(problem);
    }
}
