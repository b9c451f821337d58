package se.samverkan.domain;

import java.math.BigDecimal;

/**
 * A target's status with the numbers behind it, so a report can say why.
 *
 * @param level      the status shown (the override's when there is one)
 * @param computed   what the rule gives, before any override
 * @param expected   the target pro rata to the part of the period passed (the whole target for shares and yes/no);
 *                   null without a target
 * @param achievement how far the outcome has come towards {@code expected}, 1.0 = there; null when not computed
 * @param reason     the written reason of an override, null when none
 */
public record TargetStatus(StatusLevel level, StatusLevel computed, BigDecimal expected, Double achievement,
                           String reason) {

    public boolean overridden() {
        return reason != null;
    }
}
