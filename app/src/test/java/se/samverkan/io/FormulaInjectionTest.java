package se.samverkan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.StatusLevel;

/** Every writer of cells keeps formula-like text as text (OWASP CSV injection); numbers stay numbers. */
class FormulaInjectionTest {

    /** One value per dangerous first character, and one harmless text for contrast. */
    static final List<String> INJECTED = List.of("=HYPERLINK(\"http://example.test\",\"klicka\")", "+46 70 123",
            "-2+3", "@SUM(1+1)", "\tflik", "\r=1+1", "Vanlig text");

    @TempDir
    Path dir;

    @Test
    void csvPrefixesFormulaLikeFieldsWithAnApostropheAndLeavesNumbersAlone() throws Exception {
        Path file = dir.resolve("a.csv");
        List<List<Object>> rows = new ArrayList<>();
        for (String text : INJECTED) {
            rows.add(List.of(-5, text));
        }
        TableWriter.forFile(file, ';').write(file, "Blad", List.of("Tal", "Text"), rows);

        String csv = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith("Tal;Text\r\n")
                .contains("-5;\"'=HYPERLINK(\"\"http://example.test\"\",\"\"klicka\"\")\"\r\n")
                .contains("-5;'+46 70 123\r\n").contains("-5;'-2+3\r\n").contains("-5;'@SUM(1+1)\r\n")
                .contains("-5;'\tflik\r\n").contains("-5;\"'\r=1+1\"\r\n").contains("-5;Vanlig text\r\n");
    }

    @Test
    void xlsxWritesFormulaLikeTextAsQuotePrefixedStringCellsWithTheValueUnchanged() throws Exception {
        Path file = dir.resolve("a.xlsx");
        List<List<Object>> rows = new ArrayList<>();
        for (String text : INJECTED) {
            rows.add(List.of(-5, text));
        }
        TableWriter.forFile(file, ';').write(file, "Blad", List.of("Tal", "=Rubrik"), rows);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            assertGuarded(sheet.getRow(0).getCell(1), "=Rubrik");
            assertThat(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex())
                    .as("the quoted header keeps its bold font").isEqualTo(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex());
            for (int i = 0; i < INJECTED.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(-5.0);
                assertGuarded(row.getCell(1), INJECTED.get(i));
            }
        }
    }

    @Test
    void followUpWorkbookWritesFormulaLikeTextAsQuotePrefixedStringCells() throws Exception {
        Path file = dir.resolve("f.xlsx");
        List<List<Object>> rows = new ArrayList<>();
        for (String text : INJECTED) {
            rows.add(List.of(text, -1.5, new FollowUpWorkbookWriter.Status(StatusLevel.AT_RISK, "-risk")));
        }
        new FollowUpWorkbookWriter().write(file, "Titel", List.of(new FollowUpWorkbookWriter.Sheet("Mål",
                "=Titel", List.of("Namn", "Värde", "Status"), rows)));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            assertGuarded(sheet.getRow(0).getCell(0), "=Titel");
            for (int i = 0; i < INJECTED.size(); i++) {
                Row row = sheet.getRow(i + 2);
                assertGuarded(row.getCell(0), INJECTED.get(i));
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-1.5);
                assertGuarded(row.getCell(2), "-risk");
                assertThat(row.getCell(2).getCellStyle().getFillForegroundColorColor())
                        .as("the status colour survives the quote prefix").isNotNull();
            }
        }
    }

    private static void assertGuarded(Cell cell, String expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", expected)
                .isEqualTo(FormulaGuard.looksLikeFormula(expected));
    }
}
