package se.samverkan.domain;

/**
 * A branch's figures for one indicator in one period, as the follow-up shows them.
 *
 * @param target  null when the branch set none
 * @param outcome counted from the records for a derived indicator, else the reported value; null when none
 * @param report  the stored outcome row (comment, override, source), null when none
 */
public record GoalFigure(Indicator indicator, long branchId, Period period, Target target, FigureValue outcome,
                         Outcome report, TargetStatus status) {
}
