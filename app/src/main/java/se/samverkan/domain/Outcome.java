package se.samverkan.domain;

/**
 * A branch's outcome for an indicator in a period, with its source (MANUAL/IMPORTED/DERIVED) and comment, and a
 * status set by hand ({@code statusOverride}, a {@link StatusLevel} name) with its written reason.
 */
public record Outcome(long id, long indicatorId, long branchId, String period, java.math.BigDecimal value,
                      java.math.BigDecimal women, java.math.BigDecimal men, String source, String comment,
                      String statusOverride, String overrideReason) {
}
