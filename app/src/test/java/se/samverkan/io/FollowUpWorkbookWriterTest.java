package se.samverkan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.StatusLevel;
import se.samverkan.io.FollowUpWorkbookWriter.Sheet;
import se.samverkan.io.FollowUpWorkbookWriter.Status;

class FollowUpWorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void sheetNamesLoseForbiddenCharactersAndKeepToThirtyOne() {
        assertThat(FollowUpWorkbookWriter.sheetName("1 Åtaganden på samtliga nivåer")).isEqualTo("1 Åtaganden på samtliga nivåer");
        assertThat(FollowUpWorkbookWriter.sheetName("2 Mål/utfall: [del] *?\\")).isEqualTo("2 Mål utfall del");
        assertThat(FollowUpWorkbookWriter.sheetName("'citerad'")).isEqualTo("citerad");
        assertThat(FollowUpWorkbookWriter.sheetName("8 Stärkt regional samverkan och mycket mer text"))
                .hasSize(31).isEqualTo("8 Stärkt regional samverkan och");
        assertThat(FollowUpWorkbookWriter.sheetName(" :/ ")).isEqualTo("Blad");
    }

    @Test
    void writesTitleHeaderTypedCellsAndUniqueSheetNames() throws Exception {
        Path file = dir.resolve("f.xlsx");
        List<String> headers = List.of("Namn", "Mål", "Datum", "Status");
        List<List<Object>> rows = List.of(
                Arrays.asList("Avd 1", new BigDecimal("12.5"), LocalDate.of(2026, 3, 1), new Status(StatusLevel.OFF_TRACK, "Efter")),
                Arrays.asList("Avd 2", null, null, new Status(StatusLevel.NO_DATA, "Inga uppgifter")));
        String longName = "Ett mycket långt bladnamn som måste kortas";

        new FollowUpWorkbookWriter().write(file, "Uppföljning 2026 per 2026-11-25",
                List.of(new Sheet(longName, "Titel A", headers, rows), new Sheet(longName, "Titel B", headers, rows)));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("Uppföljning 2026 per 2026-11-25");
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Ett mycket långt bladnamn som m");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Ett mycket långt bladnamn s (2)");
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Titel A");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Status");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(sheet.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Efter");
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getFillForegroundXSSFColor().getARGBHex()).endsWith("D55E00");
            assertThat(book.getFontAt(sheet.getRow(2).getCell(3).getCellStyle().getFontIndex()).getXSSFColor().getARGBHex())
                    .endsWith("FFFFFF");
            assertThat(sheet.getRow(3).getCell(1)).isNull();
            assertThat(sheet.getRow(3).getCell(3).getCellStyle().getFillForegroundXSSFColor().getARGBHex()).endsWith("E0E0E0");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:D4");
            // a status typed over in Excel takes its colour: one rule per status text over the status column
            var formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(2);
            var efter = formatting.getConditionalFormattingAt(0);
            assertThat(efter.getFormattingRanges()[0].formatAsString()).isEqualTo("D3:D4");
            assertThat(efter.getRule(0).getFormula1()).isEqualTo("\"Efter\"");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFColor) efter.getRule(0).getPatternFormatting()
                    .getFillBackgroundColorColor()).getARGBHex()).endsWith("D55E00");
        }
    }
}
