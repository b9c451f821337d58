package se.samverkan.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.BranchCostShare;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Period;
import se.samverkan.domain.Target;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.costs.CostAllocationService;
import se.samverkan.service.goals.GoalService;
import se.samverkan.store.GoalFixture;

/**
 * The steering-group report read back with PDFBox: the matrix gives every branch its own statuses, a status set by
 * hand shows its reason, the cost table adds up, and the frame holds on every page. One database for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final Period H2 = Period.parse("2026H2");
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    private static final String LONG_NAME = "Avdelning Västra Götalandsregionens nordöstra industridistrikt";
    private static final Pattern STATUS = Pattern.compile("I fas|Risk|Efter|Saknas");

    @TempDir
    static Path dir;
    private Workspace workspace;
    private SteeringReport report;
    private long north;
    private long south;

    @BeforeAll
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw-for-tests".toCharArray());
        List<Long> others = new ArrayList<>();
        workspace.inTransaction(s -> {
            var g = new GoalFixture(s);
            north = g.branch(901, "Avdelning Norrälven");
            south = g.branch(902, "Avdelning Söderåsen");
            others.add(g.branch(903, LONG_NAME));
            // a steering report must hold a dozen branches and more
            for (int i = 4; i <= 14; i++) {
                others.add(g.branch(900 + i, "Avdelning Testby " + i));
            }
            return null;
        });
        var goals = new GoalService(workspace, Messages.of(Messages.SWEDISH).locale(), CLOCK);
        Indicator competence = goals.indicators().stream().filter(i -> i.code().equals("G2_COMPETENCE_DEV"))
                .findFirst().orElseThrow();
        goals.saveTarget(new Target(0, competence.id(), north, "2026H2", BigDecimal.valueOf(40), null, null, null));
        goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H2", BigDecimal.valueOf(8), null, null,
                "MANUAL", null, "AT_RISK", "Kurserna är bokade i januari"));
        goals.saveTarget(new Target(0, competence.id(), north, "2026H1", BigDecimal.valueOf(30), null, null, null));
        goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H1", BigDecimal.valueOf(31), null, null,
                "MANUAL", null, null, null));
        goals.saveTarget(new Target(0, competence.id(), south, "2026H2", BigDecimal.valueOf(10), null, null, null));
        goals.saveOutcome(new Outcome(0, competence.id(), south, "2026H2", BigDecimal.valueOf(10), null, null,
                "MANUAL", "Bra uppslutning i september", null, null));
        var costs = new CostAllocationService(workspace, CLOCK);
        costs.setCost(2026, BigDecimal.valueOf(1_000_001));
        costs.setMembers(north, 2026, 300);
        costs.setMembers(south, 2026, 100);
        costs.setMembers(others.get(0), 2026, 200);
        report = new SteeringReport(workspace, Messages.of(Messages.SWEDISH), CLOCK);
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    /** The statuses on the matrix line that starts with the branch's name: 8 goals, 3 project goals, the total. */
    private static List<String> matrixRow(String text, String branch) {
        String line = text.lines().filter(l -> l.startsWith(branch + " ")).filter(l -> STATUS.matcher(l).find())
                .findFirst().orElseThrow(() -> new AssertionError("no matrix row for " + branch));
        List<String> statuses = new ArrayList<>();
        Matcher m = STATUS.matcher(line.substring(branch.length()));
        while (m.find()) {
            statuses.add(m.group());
        }
        return statuses;
    }

    @Test
    void theMatrixShowsEveryBranchWithItsOwnStatusPerGoal() throws Exception {
        Path pdf = dir.resolve("ut/styrgrupp.pdf");
        var result = report.write(H2, SteeringReport.Options.everything("Kim Samordnare"), pdf, ReportProgress.NONE);

        String text = PdfText.of(pdf);
        assertThat(text).contains("Rapport till styrgruppen", "14 avdelningar",
                "Period: 2026H2 (halvår 2)", "Framtagen 1 oktober 2026 av Kim Samordnare", "Internt",
                "Avdelningar och mål", "Mål 8", "PM 3", "Hela NUTS-området");
        List<String> northRow = matrixRow(text, "Avdelning Norrälven");
        assertThat(northRow).hasSize(12);
        assertThat(northRow.get(1)).as("goal 2, set by hand").isEqualTo("Risk");
        assertThat(northRow.get(11)).as("the branch in total").isEqualTo("Risk");
        assertThat(northRow.subList(2, 8)).containsOnly("Saknas");
        List<String> southRow = matrixRow(text, "Avdelning Söderåsen");
        assertThat(southRow.get(1)).isEqualTo("I fas");
        assertThat(southRow.get(11)).isEqualTo("I fas");
        assertThat(matrixRow(text, "Avdelning Testby 14")).hasSize(12).containsOnly("Saknas");
        for (String word : LONG_NAME.split(" ")) {
            assertThat(text).as("a long name wraps, it is not cut").contains(word);
        }
        assertThat(result.dashboard().branches()).hasSize(14);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(result.pdf());
        QpdfCheck.passes(pdf);
    }

    @Test
    void aStatusSetByHandShowsItsReasonUnderHighlightsWithTheCommentsAndRisks() throws Exception {
        Path pdf = dir.resolve("styrgrupp.pdf");
        report.write(H2, SteeringReport.Options.everything("Kim"), pdf, ReportProgress.NONE);

        String text = PdfText.of(pdf);
        String highlights = text.substring(text.lastIndexOf("Höjdpunkter och risker"));
        assertThat(highlights).contains("Status satt för hand", "Avdelning Norrälven", "(uträknad: Efter)",
                "Kurserna är bokade i januari", "Samordnarnas kommentarer", "Avdelning Söderåsen",
                "Bra uppslutning i september", "Avdelningar med risk", "Norrälven",
                "Avdelningarnas namn utan det gemensamma \"Avdelning\".");
        assertThat(text).as("the trend covers the earlier half-year").contains("(2026H1, 2026H2)");
    }

    @Test
    void theRisksDropTheWordsEveryBranchNameBeginsWith() {
        assertThat(SteeringReport.commonPrefix(List.of("IF Metall Avdelning Värend", "IF Metall Avdelning Vätterbygden")))
                .isEqualTo("IF Metall Avdelning ");
        assertThat(SteeringReport.commonPrefix(List.of("Avdelning Norr", "Avdelning"))).as("never a whole name")
                .isEmpty();
        assertThat(SteeringReport.commonPrefix(List.of("Norrälven", "Norrbotten"))).as("whole words only").isEmpty();
        assertThat(SteeringReport.commonPrefix(List.of("IF Metall Avdelning Värend"))).isEmpty();
    }

    @Test
    void theCostTableSplitsTheYearAndAddsUp() throws Exception {
        Path pdf = dir.resolve("styrgrupp.pdf");
        var result = report.write(H2, SteeringReport.Options.everything("Kim"), pdf, ReportProgress.NONE);

        var costs = result.costs();
        assertThat(costs.branches().stream().map(BranchCostShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(costs.branchesAmount());
        String costPart = PdfText.of(pdf).substring(PdfText.of(pdf).lastIndexOf("Kostnadsfördelning 2026"));
        assertThat(costPart).contains("Förbundet (50 %) 500 001 kr", "Avdelningarna (50 %) 500 000 kr",
                "Projektets kostnad 1 000 001 kr", "Avdelning Norrälven 300 50,0 % 250 000 kr",
                "Avdelning Söderåsen 100 16,7 % 83 333 kr", "Summa avdelningarna 600 100,0 % 500 000 kr");
    }

    @Test
    void everyPageButTheCoverSaysWhichOfHowManyItIs() throws Exception {
        Path pdf = dir.resolve("styrgrupp.pdf");
        report.write(H2, SteeringReport.Options.everything("Kim"), pdf, ReportProgress.NONE);

        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
            var matrix = doc.getPage(3);
            boolean wide = matrix.getMediaBox().getWidth() > matrix.getMediaBox().getHeight();
            // OpenPDF turns a landscape page by /Rotate 90 rather than by a wide media box
            assertThat(wide ^ matrix.getRotation() % 180 == 90).as("the matrix page lies sideways").isTrue();
            assertThat(PdfText.page(pdf, 4)).contains("Avdelningar och mål");
        }
        assertThat(pages).isGreaterThan(4);
        assertThat(PdfText.page(pdf, 1)).doesNotContain("Sida 1");
        for (int p = 2; p <= pages; p++) {
            assertThat(PdfText.page(pdf, p)).contains("Sida " + p + " av " + pages);
        }
        QpdfCheck.passes(pdf);
    }

    @Test
    void thePartsLeftOutAreNotInTheReport() throws Exception {
        Path pdf = dir.resolve("kort.pdf");
        var result = report.write(H2, new SteeringReport.Options(EnumSet.noneOf(SteeringReport.Section.class), "Kim"),
                pdf, ReportProgress.NONE);

        assertThat(PdfText.of(pdf)).contains("Sammanfattning", "Avdelningar och mål")
                .doesNotContain("Utveckling per verksamhetsmål", "Höjdpunkter och risker", "Avdelningarnas andel");
        assertThat(result.costs()).isNull();
    }
}
