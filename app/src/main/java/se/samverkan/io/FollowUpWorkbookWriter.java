package se.samverkan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samverkan.domain.StatusLevel;

/**
 * The goal follow-up as an Excel workbook: several sheets, each with a title line (what period, as of which day)
 * above a clean table (bold frozen header, autofilter, numbers as numbers, dates as dates). A {@link Status} value is
 * written as its text in a cell filled with the status colour (Okabe–Ito, readable for colour-blind eyes), so the
 * sheet reads without colour too. Text that looks like a formula stays text ({@link GuardedCells}). The callers give
 * plain values; this class knows no service.
 */
public final class FollowUpWorkbookWriter {

    /** Excel's limit on a sheet name's length. */
    public static final int MAX_SHEET_NAME = 31;
    private static final int MAX_WIDTH_CHARS = 50;
    private static final int MIN_WIDTH_CHARS = 6;

    /** A status cell: the level gives the colour, the text (in the user's language) what it says. */
    public record Status(StatusLevel level, String text) {
        public Status {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One sheet.
     *
     * @param name    the wanted name; cleaned and shortened by {@link #sheetName}
     * @param title   the line above the table (e.g. "Uppföljning 2026H2 per 2026-11-25")
     * @param headers the column titles, in the user's language
     * @param rows    plain values: String, Number, LocalDate, {@link Status} or null
     */
    public record Sheet(String name, String title, List<String> headers, List<List<Object>> rows) {
        public Sheet {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** Status colour and whether its text is white, as RGB. */
    private static final Map<StatusLevel, int[]> COLOURS = Map.of(
            StatusLevel.ON_TRACK, new int[] {0x00, 0x72, 0xB2, 1},
            StatusLevel.AT_RISK, new int[] {0xE6, 0x9F, 0x00, 0},
            StatusLevel.OFF_TRACK, new int[] {0xD5, 0x5E, 0x00, 1},
            StatusLevel.NO_DATA, new int[] {0xE0, 0xE0, 0xE0, 0});

    /** Writes the sheets in order; {@code documentTitle} goes to the file's properties. */
    public void write(Path file, String documentTitle, List<Sheet> sheets) throws IOException {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Styles styles = new Styles(workbook);
                GuardedCells cells = new GuardedCells(workbook);
                var properties = workbook.getProperties().getCoreProperties();
                properties.setTitle(documentTitle);
                properties.setCreator("Samverkan");
                Set<String> used = new HashSet<>();
                for (Sheet sheet : sheets) {
                    String name = unique(sheetName(sheet.name()), used);
                    writeSheet(workbook.createSheet(name), sheet, styles, cells);
                }
                workbook.write(out);
            }
        });
    }

    private static void writeSheet(XSSFSheet sheet, Sheet content, Styles styles, GuardedCells cells) {
        int columns = content.headers().size();
        int[] widths = new int[columns];
        XSSFRow titleRow = sheet.createRow(0);
        Cell title = titleRow.createCell(0);
        title.setCellStyle(styles.title);
        cells.text(title, content.title());

        XSSFRow headerRow = sheet.createRow(1);
        for (int c = 0; c < columns; c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellStyle(styles.header);
            cells.text(cell, content.headers().get(c));
            widths[c] = content.headers().get(c).length();
        }
        int r = 2;
        Map<String, StatusLevel> statusTexts = new java.util.LinkedHashMap<>();
        java.util.SortedSet<Integer> statusColumns = new java.util.TreeSet<>();
        for (List<Object> values : content.rows()) {
            XSSFRow row = sheet.createRow(r++);
            for (int c = 0; c < values.size() && c < columns; c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                int width;
                if (v instanceof Status s) {
                    statusTexts.putIfAbsent(s.text(), s.level());
                    statusColumns.add(c);
                    cell.setCellStyle(styles.status.get(s.level()));
                    cells.text(cell, s.text());
                    width = s.text().length();
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles.number);
                    width = Math.max(4, n.toString().length());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date);
                    width = 10;
                } else {
                    cells.text(cell, v.toString());
                    width = v.toString().length();
                }
                widths[c] = Math.max(widths[c], width);
            }
        }
        statusRules(sheet, statusTexts, statusColumns, r - 1);
        sheet.createFreezePane(0, 2);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, columns - 1));
        }
        for (int c = 0; c < columns; c++) {
            int chars = Math.max(MIN_WIDTH_CHARS, Math.min(widths[c], MAX_WIDTH_CHARS)) + 2;
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /**
     * Conditional formatting over the status columns: a cell that reads "I fas", "Risk", "Efter"… takes that status's
     * colour, so a status the reader types over in Excel or LibreOffice is coloured as the app would colour it.
     */
    private static void statusRules(XSSFSheet sheet, Map<String, StatusLevel> texts, java.util.SortedSet<Integer> columns,
                                    int lastRow) {
        if (texts.isEmpty() || lastRow < 2) {
            return;
        }
        var formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] regions = columns.stream()
                .map(c -> new CellRangeAddress(2, lastRow, c, c)).toArray(CellRangeAddress[]::new);
        for (var e : texts.entrySet()) {
            int[] rgb = COLOURS.get(e.getValue());
            var rule = formatting.createConditionalFormattingRule(
                    org.apache.poi.ss.usermodel.ComparisonOperator.EQUAL,
                    "\"" + e.getKey().replace("\"", "\"\"") + "\"");
            var fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}, null));
            fill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
            var font = rule.createFontFormatting();
            font.setFontColor(rgb[3] == 1 ? new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null)
                    : new XSSFColor(new byte[] {0, 0, 0}, null));
            formatting.addConditionalFormatting(regions, rule);
        }
    }

    /**
     * A name Excel accepts: none of {@code \ / ? * : [ ]}, no apostrophe first or last, not blank, at most
     * {@value #MAX_SHEET_NAME} characters.
     */
    public static String sheetName(String wanted) {
        String name = wanted == null ? "" : wanted.replaceAll("[\\\\/?*:\\[\\]]", " ").replaceAll("\\s+", " ").strip();
        name = trimApostrophes(name);
        if (name.length() > MAX_SHEET_NAME) {
            name = trimApostrophes(name.substring(0, MAX_SHEET_NAME).strip());
        }
        return name.isEmpty() ? "Blad" : name;
    }

    private static String trimApostrophes(String name) {
        String s = name;
        while (s.startsWith("'")) {
            s = s.substring(1).strip();
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Excel compares sheet names without regard to case; a clash gets " (2)", " (3)"… within the length limit. */
    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())).strip() + suffix;
        }
        return candidate;
    }

    /** The cell styles of one workbook (a workbook holds at most 64,000 styles, so they are shared). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle number;
        final CellStyle date;
        final Map<StatusLevel, CellStyle> status;

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("General"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var byLevel = new java.util.EnumMap<StatusLevel, CellStyle>(StatusLevel.class);
            for (StatusLevel level : StatusLevel.values()) {
                int[] rgb = COLOURS.get(level);
                XSSFCellStyle style = workbook.createCellStyle();
                style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}, null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setAlignment(HorizontalAlignment.CENTER);
                XSSFFont font = workbook.createFont();
                if (rgb[3] == 1) {
                    font.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
                    font.setBold(true);
                }
                style.setFont(font);
                byLevel.put(level, style);
            }
            status = Map.copyOf(byLevel);
        }
    }
}
