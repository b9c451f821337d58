package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;
import se.samverkan.domain.Branch;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Period;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.goals.GoalService;

/** {@code export followup --period P --out FILE} on the fictional demo data, read back with POI and as text. */
class FollowUpExportCommandTest {

    private static final String PASSWORD = "uppfoljning-lösen-1";
    private static final Map<String, String> FILLS = Map.of(
            "I fas", "0072B2", "Risk", "E69F00", "Efter", "D55E00", "Inga uppgifter", "E0E0E0");

    @TempDir
    static Path dir;

    private static final String YEAR = String.valueOf(LocalDate.now().getYear());

    private static Run run(String lang, String... args) {
        return CliRunner.run(PASSWORD, options -> { }, CliRunner.in(dir.resolve("data"), lang, args));
    }

    @BeforeAll
    static void demo() {
        Run demo = run("sv", "demo", "--scale", "60");
        assertThat(demo.status()).as(demo.err()).isZero();
    }

    /** The dashboard the export was made from, read straight from the service. */
    private static GoalDashboard dashboard(String period) {
        try (Workspace ws = Workspace.open(dir.resolve("data"), PASSWORD.toCharArray())) {
            return new GoalService(ws, Messages.SWEDISH, Clock.systemDefaultZone()).dashboard(Period.parse(period));
        }
    }

    @Test
    void theWorkbookHasASummaryAndOneSheetPerGoalWithNumbersAndStatuses() throws Exception {
        Path file = dir.resolve("ut/uppfoljning.xlsx");

        Run export = run("sv", "export", "followup", "--period", YEAR, "--out", file.toString());

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out().trim()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(export.err()).contains("avdelningar, " + YEAR + " per ").contains(file.toAbsolutePath().toString());
        GoalDashboard d = dashboard(YEAR);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).hasSize(9).allMatch(n -> n.length() <= 31);
            assertThat(names.get(0)).isEqualTo("Sammanfattning");
            assertThat(names.get(1)).isEqualTo("1 Åtaganden på samtliga nivåer");
            assertThat(names.get(2)).isEqualTo("2 Kompetenssprång för industria");
            assertThat(names.subList(1, 9)).allMatch(n -> n.matches("[1-8] .+"));

            XSSFSheet summary = book.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Uppföljning " + YEAR + " per " + d.asOf());
            XSSFRow header = summary.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Avdelning nr");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("1 Åtaganden på samtliga nivåer");
            assertThat(header.getCell(10).getStringCellValue()).startsWith("Projektmål 1");
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Totalt");
            assertThat(summary.getLastRowNum()).isEqualTo(1 + d.branches().size() + 1);
            Branch first = d.branches().get(0);
            XSSFRow firstRow = summary.getRow(2);
            assertThat(firstRow.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(firstRow.getCell(0).getNumericCellValue()).isEqualTo(first.number());
            assertThat(firstRow.getCell(1).getStringCellValue()).isEqualTo(first.name());
            String expectedTotal = Messages.of(Messages.SWEDISH)
                    .get("ui.goals.status." + d.status(GoalDashboard.branchKey(first.id())).name());
            assertThat(firstRow.getCell(13).getStringCellValue()).isEqualTo(expectedTotal);
            XSSFRow area = summary.getRow(summary.getLastRowNum());
            assertThat(area.getCell(1).getStringCellValue()).isEqualTo("Hela NUTS-området");
            for (int r = 2; r <= summary.getLastRowNum(); r++) {
                for (int c = 2; c <= 12; c++) {
                    assertStatusCell(summary.getRow(r).getCell(c));
                }
            }
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:");

            XSSFSheet goal2 = book.getSheetAt(2);
            assertThat(goal2.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Indikator (kod)");
            assertThat(goal2.getLastRowNum()).isEqualTo(1 + d.branches().size());
            GoalFigure figure = d.figures(first.id(), 2).get(0);
            XSSFRow row = goal2.getRow(2);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(first.id());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first.name());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("G2_COMPETENCE_DEV");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("antal");
            assertThat(row.getCell(5).getCellType()).as("target").isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(figure.target().value().doubleValue());
            assertThat(row.getCell(8).getCellType()).as("outcome").isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(figure.outcome().total().doubleValue());
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo(Messages.of(Messages.SWEDISH)
                    .get("ui.goals.status." + figure.status().level().name()));
            assertStatusCell(row.getCell(11));
            assertThat(row.getCell(12).getStringCellValue()).isIn("Ja", "Nej");
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("Inmatad");
            assertThat(goal2.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:P" + (2 + d.branches().size()));
        }
    }

    private static void assertStatusCell(XSSFCell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        String text = cell.getStringCellValue();
        assertThat(FILLS).containsKey(text);
        XSSFCellStyle style = cell.getCellStyle();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(style.getFillForegroundXSSFColor().getARGBHex()).endsWith(FILLS.get(text));
    }

    @Test
    void theCsvHoldsEveryFigureInOneTable() throws Exception {
        Path file = dir.resolve("uppfoljning.csv");
        String half = YEAR + "H1";

        Run export = run("sv", "export", "followup", "--period", half, "--out", file.toString());

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out().trim()).isEqualTo(file.toAbsolutePath().toString());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        GoalDashboard d = dashboard(half);
        assertThat(lines).hasSize(1 + d.figures().size());
        assertThat(lines.get(0)).startsWith("Mål nr;Verksamhetsmål;Avdelningens id;Avdelning;Indikator (kod);Indikator;"
                + "Enhet;Mål;Utgångsvärde;Förväntat hittills;Utfall;Kvinnor;Män;Status;Status satt för hand;Skäl;Källa;Kommentar");
        Branch first = d.branches().get(0);
        GoalFigure figure = d.figures(first.id(), 4).stream()
                .filter(f -> f.indicator().code().equals("G4_FUNDS_GRANTED")).findFirst().orElseThrow();
        String row = lines.stream().filter(l -> l.startsWith("4;Tillgång till strukturfonder;" + first.id() + ";")
                && l.contains(";G4_FUNDS_GRANTED;")).findFirst().orElseThrow();
        List<String> fields = List.of(row.split(";", -1));
        assertThat(fields).hasSize(18);
        assertThat(fields.get(6)).isEqualTo("kronor");
        assertThat(new java.math.BigDecimal(fields.get(7))).isEqualByComparingTo(figure.target().value());
        assertThat(fields.get(13)).isEqualTo(Messages.of(Messages.SWEDISH)
                .get("ui.goals.status." + figure.status().level().name()));
    }

    @Test
    void englishGivesEnglishSheetAndStatusTexts() throws Exception {
        Path file = dir.resolve("followup-en.xlsx");
        Run export = run("en", "export", "followup", "--period", YEAR + "Q4", "--out", file.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.err()).contains("figures for").contains(YEAR + "Q4 as of");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet summary = book.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).startsWith("Follow-up " + YEAR + "Q4 as of ");
            assertThat(summary.getRow(2).getCell(2).getStringCellValue())
                    .isIn("On track", "At risk", "Off track", "No data");
        }
    }

    @Test
    void wrongUseOfTheFollowUpExportIsAUsageError() {
        Path xlsx = dir.resolve("fel.xlsx");

        Run noPeriod = run("sv", "export", "followup", "--out", xlsx.toString());
        assertThat(noPeriod.status()).isEqualTo(ExitCode.USAGE);
        assertThat(noPeriod.err()).contains("--period").contains("2026H1");

        Run badHalf = run("sv", "export", "followup", "--period", "2026H3", "--out", xlsx.toString());
        assertThat(badHalf.status()).isEqualTo(ExitCode.USAGE);
        assertThat(badHalf.err()).contains("\"2026H3\" är ingen period").contains("2026H1 eller 2026H2");

        Run notAPeriod = run("en", "export", "followup", "--period", "H1-2026", "--out", xlsx.toString());
        assertThat(notAPeriod.status()).isEqualTo(ExitCode.USAGE);
        assertThat(notAPeriod.err()).contains("is not a period").contains("2026Q1");

        Run pdf = run("sv", "export", "followup", "--period", "2026", "--out", dir.resolve("fel.pdf").toString());
        assertThat(pdf.status()).isEqualTo(ExitCode.USAGE);
        assertThat(pdf.err()).contains(".xlsx eller .csv").contains("fel.pdf");

        Run periodForPeople = run("en", "export", "people", "--period", "2026", "--out", xlsx.toString());
        assertThat(periodForPeople.status()).isEqualTo(ExitCode.USAGE);
        assertThat(periodForPeople.err()).contains("--period applies only");

        Run dates = run("sv", "export", "followup", "--period", "2026", "--from", "2026-01-01", "--out",
                xlsx.toString());
        assertThat(dates.status()).isEqualTo(ExitCode.USAGE);

        for (Run r : List.of(noPeriod, badHalf, notAPeriod, pdf, periodForPeople, dates)) {
            assertThat(r.out()).isEmpty();
        }
        assertThat(xlsx).doesNotExist();
        assertThat(dir.resolve("fel.pdf")).doesNotExist();
    }
}
