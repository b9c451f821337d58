package se.samverkan.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed "sedan förra rapporten": the figures of a report about to be made against those of the last archived
 * report of the same kind and scope, per branch and indicator. The first report of its kind and scope has no
 * previous one ({@link #first()}).
 *
 * @param previousAt     when the previous report was made; null when there is none
 * @param previousPeriod the period the previous report covered; null when none (or it had none)
 * @param changes        one per branch and indicator in either snapshot: the current ones in their order, then those
 *                       only the previous report had
 */
public record SinceLastReport(LocalDateTime previousAt, String previousPeriod, List<Change> changes) {

    public SinceLastReport {
        changes = List.copyOf(changes);
    }

    /** How a figure's status moved. */
    public enum Trend {
        /** Not in the previous report, or without a status there and with one now. */
        NEW,
        BETTER,
        SAME,
        WORSE,
        /** Had a status in the previous report and has none now (or is gone). */
        DROPPED
    }

    /**
     * One branch's indicator then and now; outcomes and statuses are null on the side that lacks the figure.
     */
    public record Change(long branchId, long indicatorId, String indicatorCode, BigDecimal oldOutcome,
                         BigDecimal newOutcome, StatusLevel oldStatus, StatusLevel newStatus) {

        public Trend trend() {
            if (oldStatus == null) {
                return Trend.NEW;
            }
            if (newStatus == null) {
                return Trend.DROPPED;
            }
            Integer before = rank(oldStatus);
            Integer now = rank(newStatus);
            if (before == null) {
                return now == null ? Trend.SAME : Trend.NEW;
            }
            if (now == null) {
                return Trend.DROPPED;
            }
            int c = Integer.compare(now, before);
            return c > 0 ? Trend.BETTER : c < 0 ? Trend.WORSE : Trend.SAME;
        }

        /** Whether the outcome differs (2 and 2.00 are the same outcome). */
        public boolean outcomeChanged() {
            if (oldOutcome == null || newOutcome == null) {
                return oldOutcome != newOutcome;
            }
            return oldOutcome.compareTo(newOutcome) != 0;
        }

        /** Whether anything a reader would notice moved: the outcome or the status. */
        public boolean changed() {
            return outcomeChanged() || trend() != Trend.SAME;
        }

        /** Ranks the judged statuses, worst first; NO_DATA is no judgement at all. */
        private static Integer rank(StatusLevel level) {
            return switch (level) {
                case OFF_TRACK -> 0;
                case AT_RISK -> 1;
                case ON_TRACK -> 2;
                case NO_DATA -> null;
            };
        }
    }

    /** There is no previous report of this kind and scope: every figure is new. */
    public static SinceLastReport first(FigureSnapshot current) {
        return between(null, null, FigureSnapshot.EMPTY, current);
    }

    /** The changes from {@code previous} (made at {@code previousAt} for {@code previousPeriod}) to {@code current}. */
    public static SinceLastReport between(LocalDateTime previousAt, String previousPeriod, FigureSnapshot previous,
                                          FigureSnapshot current) {
        Map<String, FigureSnapshot.Figure> before = new LinkedHashMap<>();
        for (FigureSnapshot.Figure f : previous.figures()) {
            before.put(key(f), f);
        }
        List<Change> changes = new ArrayList<>();
        for (FigureSnapshot.Figure now : current.figures()) {
            FigureSnapshot.Figure then = before.remove(key(now));
            changes.add(new Change(now.branchId(), now.indicatorId(), now.indicatorCode(),
                    then == null ? null : then.outcome(), now.outcome(), then == null ? null : then.status(),
                    now.status()));
        }
        for (FigureSnapshot.Figure then : before.values()) {
            changes.add(new Change(then.branchId(), then.indicatorId(), then.indicatorCode(), then.outcome(), null,
                    then.status(), null));
        }
        return new SinceLastReport(previousAt, previousPeriod, changes);
    }

    private static String key(FigureSnapshot.Figure f) {
        return f.branchId() + "/" + f.indicatorId();
    }

    /** Whether there was a previous report to compare with. */
    public boolean hasPrevious() {
        return previousAt != null;
    }

    /** The figures whose outcome or status moved. */
    public List<Change> changed() {
        return changes.stream().filter(Change::changed).toList();
    }

    public List<Change> better() {
        return withTrend(Trend.BETTER);
    }

    public List<Change> worse() {
        return withTrend(Trend.WORSE);
    }

    public List<Change> withTrend(Trend trend) {
        return changes.stream().filter(c -> c.trend() == trend).toList();
    }
}
