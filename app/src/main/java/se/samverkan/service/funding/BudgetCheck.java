package se.samverkan.service.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.BudgetLine;

/**
 * The budget's sums and warnings: income should equal costs, and the ESF lines should be the stated percentage of the
 * costs (ESF+ pays a share of the eligible costs, e.g. 54 % of 21 783 914 kr). Applications state whole kronor, rounded
 * either way, so an ESF amount less than one krona from the exact share matches; income and costs must match exactly.
 */
public final class BudgetCheck {

    public static final String INCOME = "INCOME";
    public static final String COST = "COST";
    public static final List<String> INCOME_KINDS = List.of("ESF_SHARE", "CO_FINANCING", "PARTICIPANT_FEES",
            "STAFF_CO_FINANCING", "OTHER_INCOME");
    public static final List<String> COST_KINDS = List.of("STAFF", "EXTERNAL_SERVICES", "TRAVEL",
            "PARTICIPANT_COSTS", "INDIRECT", "OTHER_COST");
    private static final BigDecimal ONE_KRONA = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BudgetCheck() {
    }

    /** The side a kind of line belongs to. */
    public static String sideOf(String kind) {
        return INCOME_KINDS.contains(kind) ? INCOME : COST;
    }

    public static BigDecimal income(List<BudgetLine> lines) {
        return sum(lines, INCOME);
    }

    public static BigDecimal costs(List<BudgetLine> lines) {
        return sum(lines, COST);
    }

    public static BigDecimal esf(List<BudgetLine> lines) {
        return lines.stream().filter(l -> "ESF_SHARE".equals(l.kind())).map(BudgetCheck::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The ESF amount the stated percentage of the costs gives, to the öre. */
    public static BigDecimal expectedEsf(BigDecimal costs, BigDecimal percent) {
        return costs.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** What to warn about; empty when the budget balances and the ESF share matches (or none is stated). */
    public static List<BudgetWarning> check(List<BudgetLine> lines, BigDecimal esfPercent) {
        List<BudgetWarning> warnings = new ArrayList<>();
        boolean anyIncome = lines.stream().anyMatch(l -> INCOME.equals(l.side()));
        boolean anyCost = lines.stream().anyMatch(l -> COST.equals(l.side()));
        if (!anyIncome) {
            warnings.add(new BudgetWarning(BudgetWarning.Kind.NO_INCOME, List.of()));
        }
        if (!anyCost) {
            warnings.add(new BudgetWarning(BudgetWarning.Kind.NO_COSTS, List.of()));
        }
        BigDecimal income = income(lines);
        BigDecimal costs = costs(lines);
        if (anyIncome && anyCost && income.compareTo(costs) != 0) {
            warnings.add(new BudgetWarning(BudgetWarning.Kind.UNBALANCED,
                    List.of(income, costs, income.subtract(costs))));
        }
        if (esfPercent != null && anyCost) {
            BigDecimal expected = expectedEsf(costs, esfPercent);
            boolean anyEsf = lines.stream().anyMatch(l -> "ESF_SHARE".equals(l.kind()));
            if (!anyEsf) {
                warnings.add(new BudgetWarning(BudgetWarning.Kind.NO_ESF_LINE, List.of(esfPercent, expected)));
            } else if (esf(lines).subtract(expected).abs().compareTo(ONE_KRONA) >= 0) {
                warnings.add(new BudgetWarning(BudgetWarning.Kind.ESF_SHARE_OFF,
                        List.of(esfPercent, expected, esf(lines))));
            }
        }
        return warnings;
    }

    private static BigDecimal sum(List<BudgetLine> lines, String side) {
        return lines.stream().filter(l -> side.equals(l.side())).map(BudgetCheck::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(BudgetLine line) {
        return line.amountSek() == null ? BigDecimal.ZERO : line.amountSek();
    }
}
