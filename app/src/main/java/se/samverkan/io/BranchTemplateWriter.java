package se.samverkan.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;

/**
 * The branch spreadsheet (issue #8): a workbook a branch fills in for one period and sends back. Three sheets: the
 * instructions, the sheet to fill in (one row per indicator under group rows per operational goal) and a very hidden
 * sheet {@value #META_SHEET} that names the template version, the branch, the period and the indicator code of every
 * row, so the importer recognises the file even when the branch moved columns or rows. Every cell is locked except the
 * ones to fill in; the sheet protection has no password, as it keeps a branch from overwriting a key or a target by
 * accident, not from changing the file on purpose (decision 0026). Text goes through {@link GuardedCells}. The caller
 * gives plain values and the texts in the branch's language; this class knows no service.
 */
public final class BranchTemplateWriter {

    /** The template's layout version; the importer accepts this one and older ones it knows. */
    public static final int VERSION = 1;
    public static final String META_SHEET = "samverkan";

    /** The fill-in sheet's columns, left to right. */
    public static final int CODE = 0;
    public static final int NAME = 1;
    public static final int UNIT = 2;
    public static final int TARGET = 3;
    public static final int OUTCOME = 4;
    public static final int WOMEN = 5;
    public static final int MEN = 6;
    public static final int COMMENT = 7;
    public static final int NOTE = 8;
    private static final int COLUMNS = 9;
    private static final int INSTRUCTION_WIDTH = 75;
    /** About how many characters of running text fit on a line of the instructions column. */
    private static final int INSTRUCTION_LINE = 95;
    private static final int[] WIDTHS = {12, 52, 10, 11, 12, 11, 11, 40, 34};
    /** Title in row 1, headers in row 2; the first indicator or goal row is the third. */
    public static final int HEADER_ROW = 1;

    /** The keys of the hidden sheet's first column, in order; the value is in the second column. */
    public static final List<String> META_KEYS = List.of("template_version", "branch_id", "branch_number",
            "branch_name", "period", "created", "sheet");
    /** The header of the row-by-row part of the hidden sheet: the fill-in sheet's row (1-based) and the code. */
    public static final String META_ROWS = "row";

    /** How an outcome is entered and checked. */
    public enum Kind {
        /** A number ≥ 0: a count or an amount in kronor. */
        NUMBER,
        /** A share from 0 to 100. */
        PERCENT,
        /** Ja or Nej from a drop-down list. */
        YES_NO
    }

    /** Who and what the file is for. */
    public record Identity(long branchId, int branchNumber, String branchName, String period, LocalDate created) {
        public Identity {
            Objects.requireNonNull(branchName, "branchName");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(created, "created");
        }
    }

    /**
     * One indicator row.
     *
     * @param unit    the unit in words
     * @param outcome what is already known: the reported value, or for a counted indicator the count; null when none
     * @param counted counted by the app from its records: shown, locked, not to be filled in
     * @param note    a read-only hint in the last column (e.g. "Räknas i Samverkan"), null for none
     */
    public record Line(String code, String name, String unit, Kind kind, BigDecimal target, BigDecimal outcome,
                       BigDecimal women, BigDecimal men, String comment, boolean genderSplit, boolean counted,
                       String note) {
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The rows under one operational goal, with the group row's text ("Mål 1: …"). */
    public record Group(String title, List<Line> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The words of the workbook, in the branch's language.
     *
     * @param headers      the fill-in sheet's {@value #COLUMNS} column titles
     * @param instructions the instructions sheet, a paragraph a row; the first is its title
     * @param prompts      the input message (title, text) of a fill-in cell, by kind; women/men under {@code null}
     *                     are in {@link #splitPrompt}
     */
    public record Texts(String instructionsSheet, String fillSheet, String title, List<String> headers,
                        List<String> instructions, Map<Kind, List<String>> prompts, List<String> splitPrompt,
                        List<String> commentPrompt, String errorTitle, String errorText, String yes, String no) {
        public Texts {
            headers = List.copyOf(headers);
            if (headers.size() != COLUMNS) {
                throw new IllegalArgumentException("expected " + COLUMNS + " headers, got " + headers.size());
            }
            instructions = List.copyOf(instructions);
            prompts = Map.copyOf(prompts);
            splitPrompt = List.copyOf(splitPrompt);
            commentPrompt = List.copyOf(commentPrompt);
        }
    }

    public void write(Path file, Identity identity, Texts texts, List<Group> groups) throws IOException {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Styles styles = new Styles(workbook);
                GuardedCells cells = new GuardedCells(workbook);
                var properties = workbook.getProperties().getCoreProperties();
                properties.setTitle(texts.title());
                properties.setCreator("Samverkan");
                instructions(workbook.createSheet(FollowUpWorkbookWriter.sheetName(texts.instructionsSheet())), texts,
                        styles, cells);
                String fillName = FollowUpWorkbookWriter.sheetName(texts.fillSheet());
                List<String> codes = new ArrayList<>();
                List<Integer> rows = new ArrayList<>();
                fillSheet(workbook.createSheet(fillName), texts, groups, styles, cells, codes, rows);
                meta(workbook, identity, fillName, codes, rows, cells);
                workbook.setActiveSheet(1);
                workbook.setSelectedTab(1);
                workbook.write(out);
            }
        });
    }

    private static void instructions(XSSFSheet sheet, Texts texts, Styles styles, GuardedCells cells) {
        sheet.setColumnWidth(0, INSTRUCTION_WIDTH * 256);
        for (int i = 0; i < texts.instructions().size(); i++) {
            XSSFRow row = sheet.createRow(i);
            Cell cell = row.createCell(0);
            cell.setCellStyle(i == 0 ? styles.wrappedTitle : styles.wrapped);
            String text = texts.instructions().get(i);
            cells.text(cell, text);
            if (i == 0) {
                row.setHeightInPoints(36f);
            } else {
                // neither Excel nor LibreOffice grows a row for wrapped text written by POI, so the lines are counted
                int lines = (text.length() + INSTRUCTION_LINE - 1) / INSTRUCTION_LINE;
                row.setHeightInPoints(lines * 15f + 6f);
            }
        }
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        protect(sheet);
    }

    private static void fillSheet(XSSFSheet sheet, Texts texts, List<Group> groups, Styles styles, GuardedCells cells,
                                  List<String> codes, List<Integer> rowNumbers) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellStyle(styles.title);
        cells.text(title, texts.title());
        XSSFRow header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(32f); // two lines: "Varav kvinnor" wraps
        int codeWidth = groups.stream().flatMap(g -> g.lines().stream()).mapToInt(l -> l.code().length() + 2)
                .max().orElse(0);
        for (int c = 0; c < COLUMNS; c++) {
            Cell cell = header.createCell(c);
            cell.setCellStyle(styles.header);
            cells.text(cell, texts.headers().get(c));
            sheet.setColumnWidth(c, (c == CODE ? Math.max(WIDTHS[c], Math.min(codeWidth, 40)) : WIDTHS[c]) * 256);
        }
        Map<Kind, CellRangeAddressList> outcomeCells = new EnumMap<>(Kind.class);
        CellRangeAddressList splitCells = new CellRangeAddressList();
        CellRangeAddressList commentCells = new CellRangeAddressList();
        CellRangeAddressList splitChecks = new CellRangeAddressList();
        int r = HEADER_ROW + 1;
        for (Group group : groups) {
            XSSFRow groupRow = sheet.createRow(r++);
            for (int c = 0; c < COLUMNS; c++) {
                groupRow.createCell(c).setCellStyle(styles.group);
            }
            cells.text(groupRow.getCell(CODE), group.title());
            for (Line line : group.lines()) {
                XSSFRow row = sheet.createRow(r);
                line(row, line, texts, styles, cells);
                codes.add(line.code());
                rowNumbers.add(r + 1);
                if (!line.counted()) {
                    outcomeCells.computeIfAbsent(line.kind(), k -> new CellRangeAddressList())
                            .addCellRangeAddress(r, OUTCOME, r, OUTCOME);
                    if (line.genderSplit() && line.kind() != Kind.YES_NO) {
                        splitCells.addCellRangeAddress(r, WOMEN, r, MEN);
                        splitChecks.addCellRangeAddress(r, WOMEN, r, MEN);
                    }
                }
                commentCells.addCellRangeAddress(r, COMMENT, r, COMMENT);
                r++;
            }
        }
        validations(sheet, texts, outcomeCells, splitCells, commentCells);
        splitRule(sheet, splitChecks);
        sheet.createFreezePane(2, HEADER_ROW + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        protect(sheet);
    }

    private static void line(XSSFRow row, Line line, Texts texts, Styles styles, GuardedCells cells) {
        text(row, CODE, line.code(), styles.key, cells);
        text(row, NAME, line.name(), styles.locked, cells);
        text(row, UNIT, line.unit(), styles.locked, cells);
        number(row, TARGET, line.target(), line.kind(), texts, styles.lockedNumber, styles.locked, cells);
        CellStyle input = line.counted() ? styles.counted : styles.input;
        CellStyle inputText = line.counted() ? styles.counted : styles.inputText;
        number(row, OUTCOME, line.outcome(), line.kind(), texts, input, inputText, cells);
        boolean split = line.genderSplit() && line.kind() != Kind.YES_NO;
        CellStyle splitStyle = !split ? styles.greyed : input;
        number(row, WOMEN, split ? line.women() : null, line.kind(), texts, splitStyle, splitStyle, cells);
        number(row, MEN, split ? line.men() : null, line.kind(), texts, splitStyle, splitStyle, cells);
        text(row, COMMENT, line.comment(), styles.inputText, cells);
        text(row, NOTE, line.note(), styles.locked, cells);
    }

    private static void text(XSSFRow row, int column, String value, CellStyle style, GuardedCells cells) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cells.text(cell, value);
        }
    }

    /** A yes/no value is written as the word, as the drop-down offers it; anything else as a number. */
    private static void number(XSSFRow row, int column, BigDecimal value, Kind kind, Texts texts, CellStyle style,
                               CellStyle textStyle, GuardedCells cells) {
        Cell cell = row.createCell(column);
        if (kind == Kind.YES_NO) {
            cell.setCellStyle(textStyle);
            if (value != null) {
                cells.text(cell, value.signum() > 0 ? texts.yes() : texts.no());
            }
            return;
        }
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void validations(XSSFSheet sheet, Texts texts, Map<Kind, CellRangeAddressList> outcomeCells,
                                    CellRangeAddressList splitCells, CellRangeAddressList commentCells) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (var e : outcomeCells.entrySet()) {
            DataValidationConstraint constraint = switch (e.getKey()) {
                case NUMBER -> atLeastZero(helper);
                case PERCENT -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0",
                        "100");
                case YES_NO -> helper.createExplicitListConstraint(new String[] {texts.yes(), texts.no()});
            };
            add(sheet, helper, constraint, e.getValue(), texts.prompts().get(e.getKey()), texts, true);
        }
        if (splitCells.countRanges() > 0) {
            add(sheet, helper, atLeastZero(helper), splitCells, texts.splitPrompt(), texts, true);
        }
        if (commentCells.countRanges() > 0) {
            // no rule on a comment, only the message saying what it is for
            add(sheet, helper, helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                    "4000", null), commentCells, texts.commentPrompt(), texts, true);
        }
    }

    private static DataValidationConstraint atLeastZero(XSSFDataValidationHelper helper) {
        return helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    }

    private static void add(XSSFSheet sheet, XSSFDataValidationHelper helper, DataValidationConstraint constraint,
                            CellRangeAddressList where, List<String> prompt, Texts texts, boolean stop) {
        DataValidation validation = helper.createValidation(constraint, where);
        validation.setEmptyCellAllowed(true);
        validation.setShowPromptBox(true);
        validation.createPromptBox(prompt.get(0), prompt.get(1));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(stop ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(texts.errorTitle(), texts.errorText());
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true); // in POI's XSSF, true shows the arrow
        }
        sheet.addValidationData(validation);
    }

    /** Women and men together above the total: the split cells turn orange, in Excel and LibreOffice alike. */
    private static void splitRule(XSSFSheet sheet, CellRangeAddressList where) {
        if (where.countRanges() == 0) {
            return;
        }
        CellRangeAddress first = where.getCellRangeAddress(0);
        int row = first.getFirstRow() + 1;
        String women = new CellReference(-1, WOMEN, false, true).formatAsString() + row;
        String men = new CellReference(-1, MEN, false, true).formatAsString() + row;
        String total = new CellReference(-1, OUTCOME, false, true).formatAsString() + row;
        var formatting = sheet.getSheetConditionalFormatting();
        var rule = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(" + total + "),N(" + women + ")+N(" + men + ")>" + total + ")");
        var fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(new byte[] {(byte) 0xE6, (byte) 0x9F, 0x00}, null));
        fill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(where.getCellRangeAddresses(), rule);
    }

    private static void meta(XSSFWorkbook workbook, Identity identity, String fillName, List<String> codes,
                             List<Integer> rows, GuardedCells cells) {
        XSSFSheet sheet = workbook.createSheet(META_SHEET);
        List<Object> values = List.of(VERSION, identity.branchId(), identity.branchNumber(), identity.branchName(),
                identity.period(), identity.created().toString(), fillName);
        int r = 0;
        for (int i = 0; i < META_KEYS.size(); i++) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(META_KEYS.get(i));
            Cell value = row.createCell(1);
            if (values.get(i) instanceof Number n) {
                value.setCellValue(n.doubleValue());
            } else {
                cells.text(value, values.get(i).toString());
            }
        }
        r++;
        XSSFRow header = sheet.createRow(r++);
        header.createCell(0).setCellValue(META_ROWS);
        header.createCell(1).setCellValue("code");
        for (int i = 0; i < codes.size(); i++) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(rows.get(i));
            cells.text(row.createCell(1), codes.get(i));
        }
        protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * Protection without a password: locked cells cannot be typed over, columns can still be widened and every cell
     * selected. It stops accidents, not a person who means to change the file (decision 0026).
     */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    /** The cell styles of one workbook, shared as a workbook holds at most 64,000 styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle wrapped;
        final CellStyle wrappedTitle;
        final CellStyle header;
        final CellStyle group;
        final CellStyle key;
        final CellStyle locked;
        final CellStyle lockedNumber;
        final CellStyle input;
        final CellStyle inputText;
        final CellStyle counted;
        final CellStyle greyed;

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            short numberFormat = workbook.createDataFormat().getFormat("General");
            title = workbook.createCellStyle();
            title.setFont(big);
            wrappedTitle = workbook.createCellStyle();
            wrappedTitle.setFont(big);
            wrappedTitle.setWrapText(true);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            group = filled(workbook, 0xD9, 0xE2, 0xF3);
            group.setFont(bold);
            key = workbook.createCellStyle();
            key.setFont(bold);
            key.setVerticalAlignment(VerticalAlignment.TOP);
            locked = workbook.createCellStyle();
            locked.setWrapText(true);
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            lockedNumber = workbook.createCellStyle();
            lockedNumber.setDataFormat(numberFormat);
            lockedNumber.setVerticalAlignment(VerticalAlignment.TOP);
            inputText = filled(workbook, 0xFF, 0xF4, 0xCC);
            inputText.setLocked(false);
            inputText.setWrapText(true);
            bordered(inputText);
            input = filled(workbook, 0xFF, 0xF4, 0xCC);
            input.setLocked(false);
            input.setDataFormat(numberFormat);
            bordered(input);
            counted = filled(workbook, 0xE0, 0xE0, 0xE0);
            counted.setDataFormat(numberFormat);
            greyed = filled(workbook, 0xBF, 0xBF, 0xBF);
        }

        private static CellStyle filled(XSSFWorkbook workbook, int red, int green, int blue) {
            var style = workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static void bordered(CellStyle style) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }
}
