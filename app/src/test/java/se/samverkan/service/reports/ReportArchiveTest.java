package se.samverkan.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.FigureSnapshot;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Period;
import se.samverkan.domain.SinceLastReport;
import se.samverkan.domain.StatusLevel;
import se.samverkan.domain.Target;
import se.samverkan.service.Workspace;
import se.samverkan.service.goals.GoalService;
import se.samverkan.store.GoalFixture;

/** The report archive over a small fictional database: what is kept, what is found again, what changed since. */
class ReportArchiveTest {

    private static final Period H2 = Period.parse("2026H2");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @TempDir
    Path dir;
    private Workspace workspace;
    private MovingClock clock;
    private ReportArchive archive;
    private GoalService goals;
    private long north;
    private long south;
    private Indicator competence;

    /** A clock the test moves on, so reports made one after another have their own times. */
    private static final class MovingClock extends Clock {
        private Instant now = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);

        void later() {
            now = now.plusSeconds(3600);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw-for-tests".toCharArray());
        clock = new MovingClock();
        archive = new ReportArchive(workspace, clock);
        goals = new GoalService(workspace, Locale.ROOT, clock);
        workspace.inTransaction(s -> {
            var f = new GoalFixture(s);
            north = f.branch(901, "Avdelning Norr");
            south = f.branch(902, "Avdelning Söder");
            return null;
        });
        competence = goals.indicators().stream().filter(i -> i.code().equals("G2_COMPETENCE_DEV")).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static byte[] pdfBytes(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private ArchivedReport board(long branch, Period period, String text) {
        clock.later();
        return archive.record(ArchivedReport.Kind.BOARD, branch, period, "Avdelningsrapport " + period, "rapport.pdf",
                pdfBytes(text), FigureSnapshot.of(goals.dashboard(period), branch));
    }

    private void outcome(long branch, long value) {
        goals.saveOutcome(new Outcome(0, competence.id(), branch, H2.toString(), BigDecimal.valueOf(value), null,
                null, "MANUAL", null, null, null));
    }

    @Test
    void aRecordedReportIsListedAndItsBytesComeBackIdentical() {
        byte[] bytes = new byte[70_000];
        new java.util.Random(7).nextBytes(bytes);
        ArchivedReport stored = archive.record(ArchivedReport.Kind.STEERING, null, H2, "Styrgruppsrapport 2026H2",
                "styrgrupp-2026H2.pdf", bytes, FigureSnapshot.EMPTY);

        List<ArchivedReport> list = archive.list();
        assertThat(list).containsExactly(stored);
        ArchivedReport r = list.get(0);
        assertThat(r.kind()).isEqualTo(ArchivedReport.Kind.STEERING);
        assertThat(r.branchId()).isNull();
        assertThat(r.period()).isEqualTo("2026H2");
        assertThat(r.title()).isEqualTo("Styrgruppsrapport 2026H2");
        assertThat(r.fileName()).isEqualTo("styrgrupp-2026H2.pdf");
        assertThat(r.mediaType()).isEqualTo("application/pdf");
        assertThat(r.size()).isEqualTo(70_000);
        assertThat(r.createdAt()).isEqualTo(TODAY.atTime(9, 0));
        assertThat(archive.bytes(r.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    }

    @Test
    void aBranchReportKeepsTheBranchNameAndTheFiguresOfThatBranchOnly() {
        goals.saveTarget(new Target(0, competence.id(), north, H2.toString(), BigDecimal.TEN, null, null, null));
        outcome(north, 8);
        outcome(south, 3);

        ArchivedReport r = board(north, H2, "norr");

        assertThat(r.branchName()).isEqualTo("Avdelning Norr");
        var figures = archive.previousSnapshot(ArchivedReport.Kind.BOARD, north, null).orElseThrow().figures().figures();
        assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.branchId()).isEqualTo(north));
        var g2 = figures.stream().filter(f -> f.indicatorId() == competence.id()).findFirst().orElseThrow();
        assertThat(g2.indicatorCode()).isEqualTo("G2_COMPETENCE_DEV");
        assertThat(g2.period()).isEqualTo("2026H2");
        assertThat(g2.target()).isEqualByComparingTo("10");
        assertThat(g2.outcome()).isEqualByComparingTo("8");
        assertThat(g2.status()).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(g2.overridden()).isFalse();
    }

    @Test
    void thePreviousSnapshotIsTheLatestOfTheSameKindAndScope() {
        ArchivedReport first = board(north, H2, "första");
        ArchivedReport second = board(north, H2, "andra");
        board(south, H2, "söder, senare");
        clock.later();
        archive.record(ArchivedReport.Kind.STEERING, null, H2, "Styrgrupp", "s.pdf", pdfBytes("area"), FigureSnapshot.EMPTY);

        assertThat(archive.previousSnapshot(ArchivedReport.Kind.BOARD, north, null).orElseThrow().report()).isEqualTo(second);
        assertThat(archive.previousSnapshot(ArchivedReport.Kind.BOARD, north, H2.previous())).isEmpty();
        assertThat(archive.previousSnapshot(ArchivedReport.Kind.BOARD, null, null)).isEmpty();
        assertThat(archive.previousSnapshot(ArchivedReport.Kind.STEERING, null, H2).orElseThrow().report().branchId()).isNull();
        assertThat(first.createdAt()).isBefore(second.createdAt());
    }

    @Test
    void reportsMadeInTheSameInstantAreOrderedByWhenTheyWereArchived() {
        ArchivedReport first = archive.record(ArchivedReport.Kind.BOARD, north, H2, "A", "a.pdf", pdfBytes("a"),
                FigureSnapshot.EMPTY);
        ArchivedReport second = archive.record(ArchivedReport.Kind.BOARD, north, H2, "B", "b.xlsx", pdfBytes("b"),
                FigureSnapshot.EMPTY);

        assertThat(archive.list()).containsExactly(second, first);
        assertThat(archive.previousSnapshot(ArchivedReport.Kind.BOARD, north, H2).orElseThrow().report()).isEqualTo(second);
        assertThat(second.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void sinceLastReportShowsTheOutcomeAndStatusThatMovedSinceTheBoardLastSawThem() {
        goals.saveTarget(new Target(0, competence.id(), north, H2.toString(), BigDecimal.TEN, null, null, null));
        outcome(north, 8);
        ArchivedReport last = board(north, H2, "förra");
        outcome(north, 1);

        SinceLastReport since = archive.sinceLastReport(ArchivedReport.Kind.BOARD, north,
                FigureSnapshot.of(goals.dashboard(H2), north));

        assertThat(since.previousAt()).isEqualTo(last.createdAt());
        assertThat(since.previousPeriod()).isEqualTo("2026H2");
        assertThat(since.changed()).singleElement().satisfies(c -> {
            assertThat(c.indicatorId()).isEqualTo(competence.id());
            assertThat(c.oldOutcome()).isEqualByComparingTo("8");
            assertThat(c.newOutcome()).isEqualByComparingTo("1");
            assertThat(c.oldStatus()).isEqualTo(StatusLevel.ON_TRACK);
            assertThat(c.newStatus()).isEqualTo(StatusLevel.OFF_TRACK);
        });
        assertThat(since.worse()).hasSize(1);
        assertThat(since.better()).isEmpty();
    }

    @Test
    void sinceLastReportWithoutAnEarlierReportOfThatScopeIsTheFirst() {
        board(south, H2, "söder");

        SinceLastReport since = archive.sinceLastReport(ArchivedReport.Kind.BOARD, north,
                FigureSnapshot.of(goals.dashboard(H2), north));

        assertThat(since.hasPrevious()).isFalse();
        assertThat(since.changes()).allSatisfy(c -> assertThat(c.trend()).isEqualTo(SinceLastReport.Trend.NEW));
    }

    @Test
    void aPersonExtractIsOnlyLoggedWithoutItsContentNameOrScope() {
        ArchivedReport logged = archive.record(ArchivedReport.Kind.PERSON, north, H2, "Registerutdrag för Testa Testsson",
                "registerutdrag-testa-testsson.pdf", pdfBytes("Testa Testsson, 19700101-0000"), FigureSnapshot.EMPTY);

        ArchivedReport r = archive.list().get(0);
        assertThat(r).isEqualTo(logged);
        assertThat(r.kind()).isEqualTo(ArchivedReport.Kind.PERSON);
        assertThat(r.title()).isNull();
        assertThat(r.fileName()).isNull();
        assertThat(r.branchId()).isNull();
        assertThat(r.period()).isNull();
        assertThat(r.hasContent()).isFalse();
        assertThat(archive.bytes(r.id())).isEmpty();
        assertThat(r.createdBy()).isNotBlank();
    }

    @Test
    void deletingAReportRemovesItsBytesAndFigures() {
        goals.saveTarget(new Target(0, competence.id(), north, H2.toString(), BigDecimal.TEN, null, null, null));
        ArchivedReport r = board(north, H2, "borta");

        assertThat(archive.delete(r.id())).isTrue();

        assertThat(archive.list()).isEmpty();
        assertThat(archive.bytes(r.id())).isEmpty();
        assertThat(archive.previousSnapshot(ArchivedReport.Kind.BOARD, north, null)).isEmpty();
        assertThat(archive.delete(r.id())).isFalse();
    }
}
