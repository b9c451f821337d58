package se.samverkan.service.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something in a budget the coordinator should look at; the window shows it, a save never refuses it (a project in
 * planning may not balance yet). {@code amounts} fill the message, in the order its {@link Kind} documents.
 */
public record BudgetWarning(Kind kind, List<BigDecimal> amounts) {

    public enum Kind {
        /** No income lines. */
        NO_INCOME,
        /** No cost lines. */
        NO_COSTS,
        /** Income and costs differ: income, costs, difference (income − costs). */
        UNBALANCED,
        /** A stated ESF percentage but no ESF line: the percentage, the expected ESF amount. */
        NO_ESF_LINE,
        /** The ESF lines differ from the stated share of the costs: percentage, expected, actual. */
        ESF_SHARE_OFF
    }

    public BudgetWarning {
        amounts = List.copyOf(amounts);
    }
}
