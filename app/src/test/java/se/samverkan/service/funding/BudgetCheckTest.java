package se.samverkan.service.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.BudgetLine;
import se.samverkan.service.funding.BudgetWarning.Kind;

class BudgetCheckTest {

    /** Seed 004: the ESF share is 54 % of 21 783 914 kr, i.e. 11 763 313,56 kr. */
    static final BigDecimal TOTAL = new BigDecimal("21783914");
    static final BigDecimal PERCENT = new BigDecimal("54");

    static BudgetLine income(String kind, String amount) {
        return new BudgetLine(0, "INCOME", kind, kind, new BigDecimal(amount));
    }

    static BudgetLine cost(String kind, String amount) {
        return new BudgetLine(0, "COST", kind, kind, new BigDecimal(amount));
    }

    static List<BudgetLine> seed004(String esf, String coFinancing) {
        return List.of(income("ESF_SHARE", esf), income("CO_FINANCING", coFinancing),
                cost("STAFF", "15000000"), cost("EXTERNAL_SERVICES", "6783914"));
    }

    @Test
    void aBalancedBudgetWithTheStatedEsfShareHasNoWarnings() {
        assertThat(BudgetCheck.check(seed004("11763314", "10020600"), PERCENT)).isEmpty();
        assertThat(BudgetCheck.income(seed004("11763314", "10020600"))).isEqualByComparingTo(TOTAL);
    }

    @Test
    void theEsfShareMatchesWithinRoundingToWholeKronor() {
        assertThat(BudgetCheck.expectedEsf(TOTAL, PERCENT)).isEqualByComparingTo("11763313.56");
        // rounded down as well as up
        assertThat(BudgetCheck.check(seed004("11763313", "10020601"), PERCENT)).isEmpty();
    }

    @Test
    void anEsfShareTwoKronorOffIsReportedWithExpectedAndActual() {
        var warnings = BudgetCheck.check(seed004("11763316", "10020598"), PERCENT);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.ESF_SHARE_OFF);
            assertThat(w.amounts().get(1)).isEqualByComparingTo("11763313.56");
            assertThat(w.amounts().get(2)).isEqualByComparingTo("11763316");
        });
    }

    @Test
    void incomeOneKronaShortOfTheCostsIsUnbalanced() {
        var warnings = BudgetCheck.check(seed004("11763314", "10020599"), PERCENT);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.UNBALANCED);
            assertThat(w.amounts().get(2)).isEqualByComparingTo("-1");
        });
    }

    @Test
    void missingLinesAreReported() {
        assertThat(BudgetCheck.check(List.of(), null)).extracting(BudgetWarning::kind)
                .containsExactly(Kind.NO_INCOME, Kind.NO_COSTS);
        assertThat(BudgetCheck.check(List.of(cost("STAFF", "100")), PERCENT)).extracting(BudgetWarning::kind)
                .containsExactly(Kind.NO_INCOME, Kind.NO_ESF_LINE);
        assertThat(BudgetCheck.check(List.of(income("ESF_SHARE", "100")), null)).extracting(BudgetWarning::kind)
                .containsExactly(Kind.NO_COSTS);
    }

    @Test
    void withoutAStatedPercentageOnlyTheBalanceIsChecked() {
        assertThat(BudgetCheck.check(List.of(income("ESF_SHARE", "70"), income("PARTICIPANT_FEES", "30"),
                cost("STAFF", "100")), null)).isEmpty();
    }

    @Test
    void eachKindHasItsSide() {
        assertThat(BudgetCheck.INCOME_KINDS).allSatisfy(k -> assertThat(BudgetCheck.sideOf(k)).isEqualTo("INCOME"));
        assertThat(BudgetCheck.COST_KINDS).allSatisfy(k -> assertThat(BudgetCheck.sideOf(k)).isEqualTo("COST"));
    }
}
