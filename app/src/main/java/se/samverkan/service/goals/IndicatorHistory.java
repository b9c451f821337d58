package se.samverkan.service.goals;

import java.util.List;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.ValueChange;

/**
 * One branch's indicator over time: target, outcome and status per period (oldest first, for the chart and the
 * trend) and every change of a value (newest first).
 */
public record IndicatorHistory(List<GoalFigure> periods, List<ValueChange> changes) {

    public IndicatorHistory {
        periods = List.copyOf(periods);
        changes = List.copyOf(changes);
    }

    /**
     * Better (+1), the same (0) or worse (-1) than the period before, by how far each came towards its target;
     * 0 with fewer than two judged periods.
     */
    public int trend() {
        List<GoalFigure> judged = periods.stream().filter(f -> f.status().achievement() != null).toList();
        if (judged.size() < 2) {
            return 0;
        }
        double last = judged.get(judged.size() - 1).status().achievement();
        double before = judged.get(judged.size() - 2).status().achievement();
        return Math.abs(last - before) < 0.05 ? 0 : last > before ? 1 : -1;
    }
}
