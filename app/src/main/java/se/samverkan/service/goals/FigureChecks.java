package se.samverkan.service.goals;

import java.math.BigDecimal;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Period;
import se.samverkan.domain.StatusLevel;
import se.samverkan.domain.Target;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.store.StoreSession;

/** The follow-up's field checks: indicators, targets and outcomes, reported at the fields {@link GoalService} names. */
final class FigureChecks {

    private FigureChecks() {
    }

    /** An indicator's names, unit, direction and source; a used unit stays (checked against the stored one). */
    static FieldChecks of(StoreSession s, Indicator i) {
        FieldChecks checks = new FieldChecks();
        checks.text(i.nameSv(), GoalService.NAME_SV, 300, true);
        checks.text(i.nameEn(), GoalService.NAME_EN, 300, true);
        checks.require(GoalService.UNITS.contains(i.unit()), GoalService.UNIT, FieldProblem.REQUIRED);
        checks.require(GoalService.DIRECTIONS.contains(i.direction()), "direction", FieldProblem.REQUIRED);
        checks.require(i.operationalGoalId() >= 1 && i.operationalGoalId() <= 8, "operationalGoal",
                FieldProblem.OUT_OF_RANGE);
        if (i.id() == 0) {
            checks.require(GoalService.OWN_SOURCES.contains(i.source()), "source", FieldProblem.OUT_OF_RANGE);
        } else {
            Indicator stored = s.goals().indicators().stream().filter(x -> x.id() == i.id()).findFirst().orElse(null);
            if (stored != null && !stored.derived()) {
                checks.require(GoalService.OWN_SOURCES.contains(i.source()), "source", FieldProblem.OUT_OF_RANGE);
                checks.require(stored.unit().equals(i.unit()) || !s.goals().hasValues(i.id()), GoalService.UNIT,
                        FieldProblem.UNIT_IN_USE);
            }
        }
        return checks;
    }

    /** A target: a value within the unit's range, a baseline, a women/men split not over the total. */
    static FieldChecks of(Indicator indicator, Target t) {
        FieldChecks checks = new FieldChecks();
        checks.require(t.value() != null, GoalService.VALUE, FieldProblem.REQUIRED);
        value(checks, indicator, t.value(), GoalService.VALUE);
        value(checks, indicator, t.baseline(), GoalService.BASELINE);
        split(checks, t.value(), t.women(), t.men());
        Period.parse(t.period());
        return checks;
    }

    /** An outcome: the value of a typed indicator as for a target, the comment, an override with its reason. */
    static FieldChecks of(Indicator indicator, Outcome o) {
        FieldChecks checks = new FieldChecks();
        if (!indicator.derived()) {
            checks.require(o.value() != null, GoalService.VALUE, FieldProblem.REQUIRED);
            value(checks, indicator, o.value(), GoalService.VALUE);
            split(checks, o.value(), o.women(), o.men());
        }
        checks.text(o.comment(), "comment", 4000, false);
        if (o.statusOverride() != null) {
            checks.require(StatusLevel.valueOf(o.statusOverride()) != StatusLevel.NO_DATA, "statusOverride",
                    FieldProblem.OUT_OF_RANGE);
            checks.text(o.overrideReason(), GoalService.OVERRIDE_REASON, 2000, true);
        }
        Period.parse(o.period());
        return checks;
    }

    private static void value(FieldChecks checks, Indicator indicator, BigDecimal value, String field) {
        if (value == null) {
            return;
        }
        checks.require(value.signum() >= 0, field, FieldProblem.OUT_OF_RANGE);
        switch (indicator.unit()) {
            case "PERCENT" -> checks.require(value.compareTo(BigDecimal.valueOf(100)) <= 0, field, FieldProblem.OUT_OF_RANGE);
            case "YES_NO" -> checks.require(value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0,
                    field, FieldProblem.OUT_OF_RANGE);
            default -> { }
        }
    }

    /** Women and men together cannot be more than the total (the rest may be other or unknown). */
    private static void split(FieldChecks checks, BigDecimal total, BigDecimal women, BigDecimal men) {
        if (women != null) {
            checks.require(women.signum() >= 0, GoalService.WOMEN, FieldProblem.OUT_OF_RANGE);
        }
        if (men != null) {
            checks.require(men.signum() >= 0, GoalService.MEN, FieldProblem.OUT_OF_RANGE);
        }
        if (total != null && (women != null || men != null)) {
            BigDecimal sum = (women == null ? BigDecimal.ZERO : women).add(men == null ? BigDecimal.ZERO : men);
            checks.require(sum.compareTo(total) <= 0, GoalService.MEN, FieldProblem.SPLIT_OVER_TOTAL);
        }
    }
}
