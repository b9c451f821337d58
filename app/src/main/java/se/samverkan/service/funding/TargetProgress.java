package se.samverkan.service.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import se.samverkan.domain.FundingTarget;

/**
 * How far a project has come against its targets: per target row (total, women, men) and summed per measure over
 * the counties. A total that is not stated is women + men when both are; progress is outcome / target, unknown
 * (empty) without a target or an outcome.
 */
public final class TargetProgress {

    /** One measure summed over its rows (counties), with the parts known. */
    public record Sum(String measure, int target, int outcome, Integer targetWomen, Integer targetMen,
                      Integer outcomeWomen, Integer outcomeMen) {

        public OptionalDouble progress() {
            return ratio(outcome, target);
        }
    }

    private TargetProgress() {
    }

    /** The row's target total: the stated one, else women + men when both are known. */
    public static Integer targetTotal(FundingTarget t) {
        return total(t.targetTotal(), t.targetWomen(), t.targetMen());
    }

    public static Integer outcomeTotal(FundingTarget t) {
        return total(t.outcomeTotal(), t.outcomeWomen(), t.outcomeMen());
    }

    /** Outcome / target of the row's totals. */
    public static OptionalDouble progress(FundingTarget t) {
        Integer target = targetTotal(t);
        Integer outcome = outcomeTotal(t);
        return target == null || outcome == null ? OptionalDouble.empty() : ratio(outcome, target);
    }

    public static OptionalDouble womenProgress(FundingTarget t) {
        return t.targetWomen() == null || t.outcomeWomen() == null ? OptionalDouble.empty()
                : ratio(t.outcomeWomen(), t.targetWomen());
    }

    public static OptionalDouble menProgress(FundingTarget t) {
        return t.targetMen() == null || t.outcomeMen() == null ? OptionalDouble.empty()
                : ratio(t.outcomeMen(), t.targetMen());
    }

    /** Each measure summed over its rows, in the order the measures first appear. */
    public static List<Sum> byMeasure(List<FundingTarget> targets) {
        Map<String, List<FundingTarget>> groups = new LinkedHashMap<>();
        targets.forEach(t -> groups.computeIfAbsent(t.measure(), m -> new ArrayList<>()).add(t));
        List<Sum> sums = new ArrayList<>();
        groups.forEach((measure, rows) -> sums.add(new Sum(measure,
                rows.stream().map(TargetProgress::targetTotal).mapToInt(TargetProgress::orZero).sum(),
                rows.stream().map(TargetProgress::outcomeTotal).mapToInt(TargetProgress::orZero).sum(),
                sumIfAny(rows.stream().map(FundingTarget::targetWomen).toList()),
                sumIfAny(rows.stream().map(FundingTarget::targetMen).toList()),
                sumIfAny(rows.stream().map(FundingTarget::outcomeWomen).toList()),
                sumIfAny(rows.stream().map(FundingTarget::outcomeMen).toList()))));
        return sums;
    }

    private static Integer total(Integer total, Integer women, Integer men) {
        if (total != null) {
            return total;
        }
        return women != null && men != null ? women + men : null;
    }

    private static Integer sumIfAny(List<Integer> values) {
        return values.stream().allMatch(v -> v == null) ? null
                : values.stream().mapToInt(TargetProgress::orZero).sum();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static OptionalDouble ratio(int outcome, int target) {
        return target <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) outcome / target);
    }
}
