package se.samverkan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.SinceLastReport.Trend;

/** The "sedan förra rapporten" comparison of two figure snapshots. */
class SinceLastReportTest {

    private static final LocalDateTime THEN = LocalDateTime.of(2026, 6, 30, 14, 0);

    private static FigureSnapshot.Figure figure(long branch, long indicator, String outcome, StatusLevel status) {
        return new FigureSnapshot.Figure(branch, indicator, "I" + indicator, "2026H2", BigDecimal.TEN,
                outcome == null ? null : new BigDecimal(outcome), null, null, status, false);
    }

    private static FigureSnapshot snapshot(FigureSnapshot.Figure... figures) {
        return new FigureSnapshot(List.of(figures));
    }

    @Test
    void aChangedOutcomeWithTheSameStatusIsAChangeButNeitherBetterNorWorse() {
        var since = SinceLastReport.between(THEN, "2026H1", snapshot(figure(1, 10, "4", StatusLevel.AT_RISK)),
                snapshot(figure(1, 10, "5", StatusLevel.AT_RISK)));

        var change = since.changes().get(0);
        assertThat(change.oldOutcome()).isEqualByComparingTo("4");
        assertThat(change.newOutcome()).isEqualByComparingTo("5");
        assertThat(change.outcomeChanged()).isTrue();
        assertThat(change.trend()).isEqualTo(Trend.SAME);
        assertThat(since.changed()).containsExactly(change);
        assertThat(since.better()).isEmpty();
        assertThat(since.worse()).isEmpty();
        assertThat(since.previousAt()).isEqualTo(THEN);
        assertThat(since.previousPeriod()).isEqualTo("2026H1");
    }

    @Test
    void statusesThatMovedAreSortedIntoBetterAndWorse() {
        var since = SinceLastReport.between(THEN, "2026H1",
                snapshot(figure(1, 10, "1", StatusLevel.OFF_TRACK), figure(1, 11, "9", StatusLevel.ON_TRACK),
                        figure(2, 10, "3", StatusLevel.AT_RISK)),
                snapshot(figure(1, 10, "6", StatusLevel.AT_RISK), figure(1, 11, "9", StatusLevel.OFF_TRACK),
                        figure(2, 10, "9", StatusLevel.ON_TRACK)));

        assertThat(since.better()).extracting(c -> c.branchId() + "/" + c.indicatorId())
                .containsExactly("1/10", "2/10");
        assertThat(since.worse()).extracting(c -> c.branchId() + "/" + c.indicatorId()).containsExactly("1/11");
        assertThat(since.worse().get(0).outcomeChanged()).isFalse();
    }

    @Test
    void anIndicatorTheLastReportDidNotHaveIsNewAndOneItHadIsDropped() {
        var since = SinceLastReport.between(THEN, "2026H1",
                snapshot(figure(1, 10, "4", StatusLevel.AT_RISK), figure(1, 12, "2", StatusLevel.ON_TRACK)),
                snapshot(figure(1, 10, "4", StatusLevel.AT_RISK), figure(1, 11, "3", StatusLevel.ON_TRACK)));

        assertThat(since.changes()).extracting(SinceLastReport.Change::indicatorId).containsExactly(10L, 11L, 12L);
        var added = since.changes().get(1);
        assertThat(added.trend()).isEqualTo(Trend.NEW);
        assertThat(added.oldOutcome()).isNull();
        assertThat(added.oldStatus()).isNull();
        var dropped = since.changes().get(2);
        assertThat(dropped.trend()).isEqualTo(Trend.DROPPED);
        assertThat(dropped.newOutcome()).isNull();
        assertThat(since.changed()).extracting(SinceLastReport.Change::indicatorId).containsExactly(11L, 12L);
    }

    @Test
    void aFigureThatGetsItsFirstStatusIsNewAndOneThatLosesItIsDropped() {
        var since = SinceLastReport.between(THEN, "2026H1",
                snapshot(figure(1, 10, null, StatusLevel.NO_DATA), figure(1, 11, "3", StatusLevel.ON_TRACK)),
                snapshot(figure(1, 10, "2", StatusLevel.AT_RISK), figure(1, 11, null, StatusLevel.NO_DATA)));

        assertThat(since.changes()).extracting(SinceLastReport.Change::trend).containsExactly(Trend.NEW, Trend.DROPPED);
    }

    @Test
    void nothingChangedWhenTheFiguresAreTheSameEvenWrittenWithOtherScales() {
        var since = SinceLastReport.between(THEN, "2026H2",
                snapshot(figure(1, 10, "4", StatusLevel.AT_RISK), figure(1, 11, null, StatusLevel.NO_DATA)),
                snapshot(figure(1, 10, "4.00", StatusLevel.AT_RISK), figure(1, 11, null, StatusLevel.NO_DATA)));

        assertThat(since.changes()).hasSize(2).allSatisfy(c -> assertThat(c.trend()).isEqualTo(Trend.SAME));
        assertThat(since.changed()).isEmpty();
        assertThat(since.hasPrevious()).isTrue();
    }

    @Test
    void theFirstReportHasNoPreviousAndEveryFigureIsNew() {
        var since = SinceLastReport.first(snapshot(figure(1, 10, "4", StatusLevel.AT_RISK)));

        assertThat(since.hasPrevious()).isFalse();
        assertThat(since.withTrend(Trend.NEW)).hasSize(1);
    }
}
