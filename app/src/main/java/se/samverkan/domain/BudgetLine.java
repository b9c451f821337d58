package se.samverkan.domain;

/** One line of a funding project's budget (ESF_SHARE, CO_FINANCING, OWN_COST, OTHER). */
public record BudgetLine(long id, String label, String kind, java.math.BigDecimal amountSek) {
}
