package se.samverkan.service.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Period;
import se.samverkan.domain.Target;
import se.samverkan.io.BranchTemplateWriter;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.store.GoalFixture;

/** The branch spreadsheet read back with POI: what a branch sees, what it may type where, and how it is recognised. */
class BranchTemplateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final Period H2 = Period.parse("2026H2");

    @TempDir
    Path dir;
    private Workspace workspace;
    private GoalService goals;
    private Branch north;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        goals = new GoalService(workspace, Messages.SWEDISH, clock);
        long id = workspace.inTransaction(s -> {
            var f = new GoalFixture(s);
            long n = f.branch(901, "Avdelning Norr");
            f.branch(902, "Avdelning Söder");
            f.workshop("HELD", LocalDate.of(2026, 8, 20), n);
            f.workshop("HELD", LocalDate.of(2026, 9, 3), n);
            return n;
        });
        north = workspace.read(s -> s.branches().all()).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Indicator indicator(String code) {
        return goals.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private XSSFWorkbook written(Path file) throws Exception {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        new BranchTemplate(workspace, clock).write(north, H2, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Row index (0-based) by the code in column A of the fill-in sheet. */
    private static Map<String, Row> rowsByCode(XSSFSheet sheet, List<String> codes) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell code = row.getCell(BranchTemplateWriter.CODE);
            if (code != null && codes.contains(code.getStringCellValue())) {
                rows.put(code.getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static Map<String, Object> meta(XSSFSheet sheet) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell key = row.getCell(0);
            Cell value = row.getCell(1);
            if (key != null && value != null && BranchTemplateWriter.META_KEYS.contains(key.toString())) {
                values.put(key.getStringCellValue(), value.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? (Object) (long) value.getNumericCellValue() : value.getStringCellValue());
            }
        }
        return values;
    }

    @Test
    void theTemplateHasOneRowPerActiveIndicatorWithTargetsOutcomesAndAVeryHiddenIdentity() throws Exception {
        Indicator competence = indicator("G2_COMPETENCE_DEV");
        goals.saveTarget(new Target(0, competence.id(), north.id(), "2026H2", BigDecimal.valueOf(40), null, null, null));
        goals.saveOutcome(new Outcome(0, competence.id(), north.id(), "2026H2", BigDecimal.valueOf(8),
                BigDecimal.valueOf(3), BigDecimal.valueOf(5), "MANUAL", "=HYPERLINK(\"x\")", null, null));

        try (XSSFWorkbook book = written(dir.resolve("mall.xlsx"))) {
            assertThat(book.getSheetName(0)).isEqualTo("Instruktioner");
            assertThat(book.getSheetName(1)).isEqualTo("Uppföljning");
            assertThat(book.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("Avdelning Norr",
                    "2026H2", "2026-10-01");

            Map<String, Object> meta = meta(book.getSheet(BranchTemplateWriter.META_SHEET));
            assertThat(meta).containsEntry("template_version", 1L).containsEntry("branch_id", north.id())
                    .containsEntry("branch_number", 901L).containsEntry("branch_name", "Avdelning Norr")
                    .containsEntry("period", "2026H2").containsEntry("created", "2026-10-01")
                    .containsEntry("sheet", "Uppföljning");

            List<String> active = goals.indicators().stream().map(Indicator::code).toList();
            XSSFSheet fill = book.getSheet("Uppföljning");
            Map<String, Row> rows = rowsByCode(fill, active);
            assertThat(rows.keySet()).containsExactlyElementsOf(active);
            List<String> metaCodes = new ArrayList<>();
            for (Row row : book.getSheet(BranchTemplateWriter.META_SHEET)) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && row.getRowNum() > BranchTemplateWriter.META_KEYS.size()) {
                    Row target = fill.getRow((int) first.getNumericCellValue() - 1);
                    assertThat(target.getCell(BranchTemplateWriter.CODE).getStringCellValue())
                            .isEqualTo(row.getCell(1).getStringCellValue());
                    metaCodes.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(metaCodes).containsExactlyElementsOf(active);
            assertThat(fill.getRow(2).getCell(0).getStringCellValue()).startsWith("Mål 1: ");

            Row reported = rows.get("G2_COMPETENCE_DEV");
            assertThat(reported.getCell(BranchTemplateWriter.TARGET).getNumericCellValue()).isEqualTo(40);
            assertThat(reported.getCell(BranchTemplateWriter.OUTCOME).getNumericCellValue()).isEqualTo(8);
            assertThat(reported.getCell(BranchTemplateWriter.WOMEN).getNumericCellValue()).isEqualTo(3);
            assertThat(reported.getCell(BranchTemplateWriter.MEN).getNumericCellValue()).isEqualTo(5);
            Cell comment = reported.getCell(BranchTemplateWriter.COMMENT);
            assertThat(comment.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(comment.getCellStyle().getLocked()).isFalse();
            for (int c : new int[] {BranchTemplateWriter.OUTCOME, BranchTemplateWriter.WOMEN, BranchTemplateWriter.MEN}) {
                assertThat(reported.getCell(c).getCellStyle().getLocked()).as("column %d", c).isFalse();
            }
            for (int c : new int[] {BranchTemplateWriter.CODE, BranchTemplateWriter.NAME, BranchTemplateWriter.UNIT,
                    BranchTemplateWriter.TARGET}) {
                assertThat(reported.getCell(c).getCellStyle().getLocked()).as("column %d", c).isTrue();
            }
            Row noSplit = rows.get("G4_FUNDS_GRANTED");
            assertThat(noSplit.getCell(BranchTemplateWriter.OUTCOME).getCellStyle().getLocked()).isFalse();
            assertThat(noSplit.getCell(BranchTemplateWriter.WOMEN).getCellStyle().getLocked()).isTrue();
            assertThat(noSplit.getCell(BranchTemplateWriter.UNIT).getStringCellValue()).isEqualTo("kronor");

            Row counted = rows.get("G1_TRAININGS_HELD");
            assertThat(counted.getCell(BranchTemplateWriter.OUTCOME).getNumericCellValue()).isEqualTo(2);
            assertThat(counted.getCell(BranchTemplateWriter.OUTCOME).getCellStyle().getLocked()).isTrue();
            assertThat(counted.getCell(BranchTemplateWriter.NOTE).getStringCellValue()).contains("Räknas i Samverkan");

            var splitRule = fill.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(splitRule.getFormattingRanges()[0].isInRange(reported.getRowNum(), BranchTemplateWriter.WOMEN))
                    .isTrue();
            assertThat(splitRule.getRule(0).getFormula1()).isEqualTo("AND(ISNUMBER($E" + (reported.getRowNum() + 1)
                    + "),N($F" + (reported.getRowNum() + 1) + ")+N($G" + (reported.getRowNum() + 1) + ")>$E"
                    + (reported.getRowNum() + 1) + ")");
            assertThat(fill.getProtect()).isTrue();
            assertThat(book.getSheetAt(0).getProtect()).isTrue();
            assertThat(fill.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void outcomeCellsCarryValidationsByUnitAndCountedRowsHaveNone() throws Exception {
        goals.saveIndicator(new Indicator(0, 3, null, "Andel kvinnor i styrelsen", "Share of women on the board",
                "PERCENT", "HIGHER", false, "MANUAL", null, true));
        goals.saveIndicator(new Indicator(0, 3, null, "Handlingsplan antagen", "Action plan adopted", "YES_NO",
                "HIGHER", false, "MANUAL", null, true));
        Indicator percent = goals.indicators().stream().filter(i -> i.unit().equals("PERCENT")).findFirst()
                .orElseThrow();
        Indicator yesNo = goals.indicators().stream().filter(i -> i.unit().equals("YES_NO")).findFirst().orElseThrow();
        goals.saveOutcome(new Outcome(0, yesNo.id(), north.id(), "2026H2", BigDecimal.ONE, null, null, "MANUAL", null,
                null, null));

        try (XSSFWorkbook book = written(dir.resolve("mall.xlsx"))) {
            XSSFSheet fill = book.getSheet("Uppföljning");
            Map<String, Row> rows = rowsByCode(fill, goals.indicators().stream().map(Indicator::code).toList());
            List<XSSFDataValidation> validations = fill.getDataValidations();

            assertThat(validationAt(validations, rows.get("G2_COMPETENCE_DEV"), BranchTemplateWriter.OUTCOME))
                    .satisfies(v -> {
                        assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
                        assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
                        assertThat(v.getPromptBoxText()).contains("0 eller större");
                    });
            assertThat(validationAt(validations, rows.get("G2_COMPETENCE_DEV"), BranchTemplateWriter.WOMEN)
                    .getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            XSSFDataValidation share = validationAt(validations, rows.get(percent.code()), BranchTemplateWriter.OUTCOME);
            assertThat(share.getValidationConstraint().getFormula2()).isEqualTo("100");
            XSSFDataValidation yes = validationAt(validations, rows.get(yesNo.code()), BranchTemplateWriter.OUTCOME);
            assertThat(yes.getValidationConstraint().getExplicitListValues()).containsExactly("Ja", "Nej");
            assertThat(rows.get(yesNo.code()).getCell(BranchTemplateWriter.OUTCOME).getStringCellValue())
                    .isEqualTo("Ja");
            assertThat(validationAt(validations, rows.get("G1_TRAININGS_HELD"), BranchTemplateWriter.OUTCOME))
                    .isNull();
        }
    }

    private static XSSFDataValidation validationAt(List<XSSFDataValidation> all, Row row, int column) {
        return all.stream().filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                .anyMatch(r -> r.isInRange(row.getRowNum(), column))).findFirst().orElse(null);
    }
}
