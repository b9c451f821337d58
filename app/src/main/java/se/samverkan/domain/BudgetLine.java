package se.samverkan.domain;

import java.math.BigDecimal;

/**
 * One line of a funding project's budget: an INCOME (ESF share, co-financing, participant fees …) or a COST (staff,
 * external services …), with its kind and amount in SEK.
 */
public record BudgetLine(long id, String side, String kind, String label, BigDecimal amountSek) {
}
