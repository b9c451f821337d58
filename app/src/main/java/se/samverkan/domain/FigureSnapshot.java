package se.samverkan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The goal follow-up figures a report showed, frozen when it was archived, so the next report can say what changed
 * since (see {@link SinceLastReport}). Only figures with a target or an outcome are kept: an empty cell says nothing.
 */
public record FigureSnapshot(List<Figure> figures) {

    /** What a report without goal figures (the cost allocation, a person extract) archives. */
    public static final FigureSnapshot EMPTY = new FigureSnapshot(List.of());

    public FigureSnapshot {
        figures = List.copyOf(figures);
    }

    /**
     * One branch's figure for one indicator.
     *
     * @param target     null when the branch set none
     * @param outcome    null when there is none; {@code women}/{@code men} only where the indicator splits by gender
     * @param overridden whether the status was set by hand
     */
    public record Figure(long branchId, long indicatorId, String indicatorCode, String period, BigDecimal target,
                         BigDecimal outcome, BigDecimal women, BigDecimal men, StatusLevel status,
                         boolean overridden) {
    }

    /** Every figure of the dashboard that has a target or an outcome. */
    public static FigureSnapshot of(GoalDashboard dashboard) {
        return of(dashboard, null);
    }

    /** The figures of one branch ({@code branchId} null: of every branch) that have a target or an outcome. */
    public static FigureSnapshot of(GoalDashboard dashboard, Long branchId) {
        return new FigureSnapshot(dashboard.figures().stream()
                .filter(f -> branchId == null || f.branchId() == branchId)
                .filter(f -> f.target() != null || f.outcome() != null)
                .map(FigureSnapshot::figure)
                .toList());
    }

    private static Figure figure(GoalFigure f) {
        FigureValue o = f.outcome();
        TargetStatus s = f.status();
        return new Figure(f.branchId(), f.indicator().id(), f.indicator().code(), f.period().toString(),
                f.target() == null ? null : f.target().value(), o == null ? null : o.total(),
                o == null ? null : o.women(), o == null ? null : o.men(),
                s == null ? StatusLevel.NO_DATA : s.level(), s != null && s.overridden());
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }
}
