package se.samverkan.service.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Period;
import se.samverkan.domain.StatusLevel;
import se.samverkan.domain.TargetStatus;

/**
 * A target's status (decision 0015). Counts and money add up over the period, so what is expected by now is the target
 * pro rata to the share of the period passed; shares and yes/no are levels, compared with the whole target. For a
 * lower-is-better indicator the target is a ceiling. The achievement (outcome towards what is expected, 1.0 = there,
 * capped at 1) is compared with the {@link Thresholds}. A period not started yet, a missing target and a missing
 * outcome give {@link StatusLevel#NO_DATA}. An override replaces the level and keeps the computed one beside it.
 */
public final class StatusRule {

    private final Thresholds thresholds;

    public StatusRule(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param target   null when the branch set none
     * @param outcome  null when none is reported (a derived indicator always has one)
     * @param override a {@link StatusLevel} name set by hand, or null
     * @param reason   the override's written reason
     */
    public TargetStatus status(Indicator indicator, BigDecimal target, BigDecimal outcome, Period period, LocalDate today,
                               String override, String reason) {
        TargetStatus computed = computed(indicator, target, outcome, period, today);
        if (override == null) {
            return computed;
        }
        return new TargetStatus(StatusLevel.valueOf(override), computed.level(), computed.expected(),
                computed.achievement(), reason);
    }

    private TargetStatus computed(Indicator indicator, BigDecimal target, BigDecimal outcome, Period period,
                                  LocalDate today) {
        if (target == null) {
            return none(null);
        }
        double elapsed = period.elapsed(today);
        BigDecimal expected = indicator.cumulative()
                ? target.multiply(BigDecimal.valueOf(elapsed)).setScale(2, RoundingMode.HALF_UP)
                : target;
        if (outcome == null || elapsed == 0) {
            return none(expected);
        }
        double achievement;
        if ("YES_NO".equals(indicator.unit())) {
            // yes/no has no part-way: not yet is at risk while the period runs, off track when it has ended
            boolean met = target.signum() == 0 || outcome.signum() > 0;
            StatusLevel level = met ? StatusLevel.ON_TRACK : elapsed < 1 ? StatusLevel.AT_RISK : StatusLevel.OFF_TRACK;
            return new TargetStatus(level, level, expected, met ? 1.0 : 0.0, null);
        } else if (indicator.lowerIsBetter()) {
            achievement = outcome.compareTo(expected) <= 0 ? 1.0
                    : expected.doubleValue() / outcome.doubleValue();
        } else {
            achievement = expected.signum() <= 0 ? 1.0 : Math.min(1.0, outcome.doubleValue() / expected.doubleValue());
        }
        StatusLevel level = level(achievement);
        return new TargetStatus(level, level, expected, achievement, null);
    }

    /** The level an achievement (0–1) reaches. */
    public StatusLevel level(double achievement) {
        if (achievement >= thresholds.onTrack()) {
            return StatusLevel.ON_TRACK;
        }
        return achievement >= thresholds.atRisk() ? StatusLevel.AT_RISK : StatusLevel.OFF_TRACK;
    }

    /**
     * The achievement a status counts as in a roll-up: its own when computed, else a value inside its level's band
     * (on track 1.0, at risk midway between the thresholds, off track half of the at-risk threshold).
     */
    public double weight(TargetStatus status) {
        if (!status.overridden() && status.achievement() != null) {
            return status.achievement();
        }
        return switch (status.level()) {
            case ON_TRACK -> 1.0;
            case AT_RISK -> (thresholds.onTrack() + thresholds.atRisk()) / 2;
            case OFF_TRACK -> thresholds.atRisk() / 2;
            case NO_DATA -> throw new IllegalArgumentException("no data has no weight");
        };
    }

    private static TargetStatus none(BigDecimal expected) {
        return new TargetStatus(StatusLevel.NO_DATA, StatusLevel.NO_DATA, expected, null, null);
    }
}
