package se.samverkan.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Period;
import se.samverkan.domain.Target;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.goals.GoalService;
import se.samverkan.store.GoalFixture;
import se.samverkan.store.StoreFixture;

/**
 * The branch-board report read back with PDFBox: every part shows the branch's own records, and only those. One
 * database for the class (creating one costs seconds); each test writes its own file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final Period H2 = Period.parse("2026H2");
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    static Path dir;
    private Workspace workspace;
    private BoardReport report;
    private long north;

    @BeforeAll
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw-for-tests".toCharArray());
        workspace.inTransaction(s -> {
            var g = new GoalFixture(s);
            var f = new StoreFixture(s);
            north = g.branch(901, "Avdelning Norrälven");
            long south = g.branch(902, "Avdelning Söderåsen");
            long held = g.workshop("HELD", LocalDate.of(2026, 8, 20), north);
            g.participation(held, north, 7, 5, 0);
            g.workshop("PLANNED", LocalDate.of(2026, 11, 3), north);
            g.workshop("HELD", LocalDate.of(2026, 9, 3), south);
            long forum = f.forum("Industrirådet i Västerbotten", "INDUSTRY_COUNCIL");
            long member = g.person(north, true, null);
            g.seat(forum, member, "BRANCH", north, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 1));
            long southForum = f.forum("Söderforumet", "INDUSTRY_COUNCIL");
            g.seat(southForum, g.person(south, true, null), "BRANCH", south, LocalDate.of(2024, 1, 1), null);
            long official = f.person("Åsa", "Öberg", null, null, false);
            g.interactionNotes(g.interaction(north, LocalDate.of(2026, 9, 10), new long[] {official}),
                    "Hemlig anteckning om Åsa");
            long politician = g.person(north, true, null);
            g.office(politician, LocalDate.of(2022, 10, 15), LocalDate.of(2026, 10, 14));
            g.demand(north, "DRIVEN", LocalDate.of(2026, 3, 1), null);
            g.fundingProject("RUNNING", "PARTNER", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), north);
            return null;
        });
        var goals = new GoalService(workspace, Messages.of(Messages.SWEDISH).locale(), CLOCK);
        Indicator competence = goals.indicators().stream().filter(i -> i.code().equals("G2_COMPETENCE_DEV"))
                .findFirst().orElseThrow();
        goals.saveTarget(new Target(0, competence.id(), north, "2026H2", BigDecimal.valueOf(40), null, null, null));
        goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H2", BigDecimal.valueOf(8),
                BigDecimal.valueOf(3), BigDecimal.valueOf(5), "MANUAL", "Två kurser flyttade till våren", "AT_RISK",
                "Kurserna är bokade i januari"));
        report = new BoardReport(workspace, Messages.of(Messages.SWEDISH), CLOCK);
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    @Test
    void boardReportShowsTheBranchsGoalsForumsWorkshopsNetworkDemandsAndFunding() throws Exception {
        Path pdf = dir.resolve("ut/styrelse.pdf");
        var result = report.write(north, H2, BoardReport.Options.everything("Kim Samordnare"), pdf,
                ReportProgress.NONE);

        String text = PdfText.of(pdf);
        assertThat(text).contains("Rapport till avdelningsstyrelsen", "Avdelning Norrälven (avdelning nr 901)",
                "Period: 2026H2 (halvår 2)", "Framtagen 1 oktober 2026 av Kim Samordnare", "Innehåll",
                "Sammanfattning", "Verksamhetsmålen", "2 Kompetenssprång för industriarbetare",
                "Två kurser flyttade till våren", "Status satt för hand", "Kurserna är bokade i januari",
                "Industrirådet i Västerbotten", "2026-12-01", "Testworkshop", "Åsa Öberg", "Testkrav", "Testprojekt",
                "Internt");
        assertThat(text).as("notes of interactions stay out").doesNotContain("Hemlig anteckning");
        assertThat(text).as("another branch's seat").doesNotContain("Söderforumet");
        assertThat(text).as("offices only on request").doesNotContain("Kommunfullmäktige i Testkommun",
                "Medlemmar med politiska uppdrag");
        assertThat(result.dashboard().period()).isEqualTo(H2);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(result.pdf());
        QpdfCheck.passes(pdf);
    }

    @Test
    void everyPageSaysWhichOfHowManyItIsAndTheContentsPointToTheRightPages() throws Exception {
        Path pdf = dir.resolve("styrelse.pdf");
        report.write(north, H2, BoardReport.Options.everything("Kim"), pdf, ReportProgress.NONE);

        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
        }
        assertThat(pages).isGreaterThan(4);
        assertThat(PdfText.page(pdf, 1)).doesNotContain("Sida 1");
        for (int p = 2; p <= pages; p++) {
            assertThat(PdfText.page(pdf, p)).contains("Sida " + p + " av " + pages);
        }
        var contents = java.util.regex.Pattern.compile("Samverkansforum\\s*\\.*\\s*(\\d+)").matcher(PdfText.page(pdf, 2));
        assertThat(contents.find()).isTrue();
        assertThat(PdfText.page(pdf, Integer.parseInt(contents.group(1)))).contains("Samverkansforum",
                "Industrirådet i Västerbotten");
    }

    @Test
    void theParticipantsOfHeldWorkshopsAreCountedByGender() throws Exception {
        Path pdf = dir.resolve("styrelse.pdf");
        report.write(north, H2, BoardReport.Options.everything("Kim"), pdf, ReportProgress.NONE);

        assertThat(PdfText.of(pdf)).contains("Sammanlagt 12 deltagare: 7 kvinnor (58 %) och 5 män (42 %).",
                "Planerade", "2026-11-03");
    }

    @Test
    void membersInPoliticalOfficeAppearOnlyWhenChosen() throws Exception {
        Path pdf = dir.resolve("styrelse.pdf");
        report.write(north, H2, new BoardReport.Options(EnumSet.noneOf(BoardReport.Section.class), true, "Kim"), pdf,
                ReportProgress.NONE);

        String text = PdfText.of(pdf);
        assertThat(text).contains("Medlemmar med politiska uppdrag", "Kommunfullmäktige i Testkommun", "Test Testsson");
        assertThat(text).as("sections left out").doesNotContain("Industrirådet i Västerbotten", "Testprojekt");
    }

    @Test
    void theNextReportSaysWhatChangedSinceTheArchivedOne() throws Exception {
        var goals = new GoalService(workspace, Messages.of(Messages.SWEDISH).locale(), CLOCK);
        Indicator competence = goals.indicators().stream().filter(i -> i.code().equals("G2_COMPETENCE_DEV"))
                .findFirst().orElseThrow();
        report.write(north, H2, BoardReport.Options.everything("Kim"), dir.resolve("forra.pdf"), ReportProgress.NONE);
        goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H2", BigDecimal.valueOf(30),
                BigDecimal.valueOf(14), BigDecimal.valueOf(16), "MANUAL", null, null, null));
        Path pdf = dir.resolve("nasta.pdf");
        try {
            report.write(north, H2, BoardReport.Options.everything("Kim"), pdf, ReportProgress.NONE);

            String text = PdfText.of(pdf);
            assertThat(text).contains("Sedan förra rapporten", "Jämfört med rapporten 2026-10-01 (period 2026H2)",
                    "Industriarbetare i kompetensutveckling", "8", "30", "Risk → I fas", "Bättre");
            var archived = new ReportArchive(workspace, CLOCK).list().stream()
                    .filter(r -> r.fileName().equals("nasta.pdf")).findFirst().orElseThrow();
            assertThat(new ReportArchive(workspace, CLOCK).bytes(archived.id()).orElseThrow())
                    .isEqualTo(Files.readAllBytes(pdf));
        } finally {
            // the other tests expect the outcome set up in open()
            goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H2", BigDecimal.valueOf(8),
                    BigDecimal.valueOf(3), BigDecimal.valueOf(5), "MANUAL", "Två kurser flyttade till våren",
                    "AT_RISK", "Kurserna är bokade i januari"));
        }
    }

    @Test
    void aCancelledReportWritesNothing() {
        Path pdf = dir.resolve("avbruten.pdf");
        var cancelled = new ReportProgress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> report.write(north, H2, BoardReport.Options.everything("Kim"), pdf, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(pdf).doesNotExist();
    }
}
