package se.samverkan.service.goals;

import se.samverkan.domain.PeriodKind;

/** How this coordinator follows up: the period length the branches report by, and the status thresholds. */
public record FollowUpSettings(PeriodKind periodKind, Thresholds thresholds) {

    public static final FollowUpSettings DEFAULT = new FollowUpSettings(PeriodKind.HALF, Thresholds.DEFAULT);
}
