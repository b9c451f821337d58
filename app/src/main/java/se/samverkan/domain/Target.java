package se.samverkan.domain;

/**
 * A branch's target for an indicator in a period ("2026", "2026H1"), optionally split by gender, with the baseline
 * it starts from (null when not given).
 */
public record Target(long id, long indicatorId, long branchId, String period, java.math.BigDecimal value,
                     java.math.BigDecimal women, java.math.BigDecimal men, java.math.BigDecimal baseline) {
}
