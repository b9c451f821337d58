package se.samverkan.service.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Period;
import se.samverkan.domain.StatusLevel;
import se.samverkan.domain.TargetStatus;

class StatusRuleTest {

    private static final Period YEAR = Period.year(2026);
    /** 2026-07-02 is day 183 of 365: almost exactly half the year has passed. */
    private static final LocalDate MIDYEAR = LocalDate.of(2026, 7, 2);
    private final StatusRule rule = new StatusRule(Thresholds.DEFAULT);

    private static Indicator indicator(String unit, String direction) {
        return new Indicator(1, 1, "T", "Test", "Test", unit, direction, false, "MANUAL", null, true);
    }

    private static final Indicator COUNT = indicator("COUNT", "HIGHER");

    private TargetStatus count(long target, long outcome, LocalDate today) {
        return rule.status(COUNT, BigDecimal.valueOf(target), BigDecimal.valueOf(outcome), YEAR, today, null, null);
    }

    @Test
    void halfwayThroughTheYearHalfTheTargetIsOnTrack() {
        TargetStatus status = count(20, 10, MIDYEAR);
        assertThat(status.expected()).isEqualByComparingTo("10.03");
        assertThat(status.level()).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(count(20, 7, MIDYEAR).level()).isEqualTo(StatusLevel.AT_RISK);
        assertThat(count(20, 6, MIDYEAR).level()).as("6 of 10.03 is 59.8 %").isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(count(20, 9, MIDYEAR).level()).as("9 of 10.03 is 89.7 %").isEqualTo(StatusLevel.AT_RISK);
    }

    @Test
    void atTheEndOfThePeriodTheWholeTargetCountsAndBeforeItStartsNothingIsJudged() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        assertThat(count(20, 18, lastDay).level()).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(count(20, 17, lastDay).level()).isEqualTo(StatusLevel.AT_RISK);
        assertThat(count(20, 12, lastDay).level()).as("exactly 60 % is at risk").isEqualTo(StatusLevel.AT_RISK);
        assertThat(count(20, 11, lastDay).level()).isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(count(20, 0, LocalDate.of(2025, 12, 31)).level()).isEqualTo(StatusLevel.NO_DATA);
        assertThat(count(365, 1, LocalDate.of(2026, 1, 1)).level()).as("day one expects one day's share")
                .isEqualTo(StatusLevel.ON_TRACK);
    }

    @Test
    void aZeroTargetIsAlwaysMetAndAMissingTargetOrOutcomeIsNoData() {
        assertThat(count(0, 0, MIDYEAR).level()).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(rule.status(COUNT, null, BigDecimal.TEN, YEAR, MIDYEAR, null, null).level())
                .isEqualTo(StatusLevel.NO_DATA);
        TargetStatus unreported = rule.status(COUNT, BigDecimal.TEN, null, YEAR, MIDYEAR, null, null);
        assertThat(unreported.level()).isEqualTo(StatusLevel.NO_DATA);
        assertThat(unreported.expected()).isEqualByComparingTo("5.01");
    }

    @Test
    void forLowerIsBetterTheTargetIsACeilingProRata() {
        Indicator cost = indicator("SEK", "LOWER");
        assertThat(rule.status(cost, BigDecimal.valueOf(1000), BigDecimal.valueOf(400), YEAR, MIDYEAR, null, null)
                .level()).isEqualTo(StatusLevel.ON_TRACK);
        // 501.37 allowed by now, 600 spent: 83.6 %
        assertThat(rule.status(cost, BigDecimal.valueOf(1000), BigDecimal.valueOf(600), YEAR, MIDYEAR, null, null)
                .level()).isEqualTo(StatusLevel.AT_RISK);
        assertThat(rule.status(cost, BigDecimal.valueOf(1000), BigDecimal.valueOf(900), YEAR, MIDYEAR, null, null)
                .level()).isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(rule.status(cost, BigDecimal.ZERO, BigDecimal.ONE, YEAR, MIDYEAR, null, null).level())
                .as("a ceiling of zero that is passed").isEqualTo(StatusLevel.OFF_TRACK);
    }

    @Test
    void sharesAreComparedWithTheWholeTargetAndYesNoWaitsUntilThePeriodEnds() {
        Indicator share = indicator("PERCENT", "HIGHER");
        assertThat(rule.status(share, BigDecimal.valueOf(50), BigDecimal.valueOf(46), YEAR, MIDYEAR, null, null)
                .level()).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(rule.status(share, BigDecimal.valueOf(50), BigDecimal.valueOf(25), YEAR, MIDYEAR, null, null)
                .expected()).isEqualByComparingTo("50");
        Indicator yesNo = indicator("YES_NO", "HIGHER");
        assertThat(rule.status(yesNo, BigDecimal.ONE, BigDecimal.ZERO, YEAR, MIDYEAR, null, null).level())
                .isEqualTo(StatusLevel.AT_RISK);
        assertThat(rule.status(yesNo, BigDecimal.ONE, BigDecimal.ZERO, YEAR, LocalDate.of(2027, 1, 5), null, null)
                .level()).isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(rule.status(yesNo, BigDecimal.ONE, BigDecimal.ONE, YEAR, MIDYEAR, null, null).level())
                .isEqualTo(StatusLevel.ON_TRACK);
    }

    @Test
    void anOverrideShowsItsLevelAndReasonAndKeepsTheComputedOne() {
        TargetStatus status = rule.status(COUNT, BigDecimal.valueOf(20), BigDecimal.valueOf(2), YEAR, MIDYEAR,
                "AT_RISK", "Två workshops flyttade till hösten");
        assertThat(status.level()).isEqualTo(StatusLevel.AT_RISK);
        assertThat(status.computed()).isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(status.overridden()).isTrue();
        assertThat(status.reason()).isEqualTo("Två workshops flyttade till hösten");
        assertThat(rule.weight(status)).isEqualTo(0.75);
    }

    @Test
    void otherThresholdsMoveTheBands() {
        var strict = new StatusRule(new Thresholds(1.0, 0.8));
        assertThat(strict.status(COUNT, BigDecimal.valueOf(20), BigDecimal.valueOf(9), YEAR, MIDYEAR, null, null)
                .level()).isEqualTo(StatusLevel.AT_RISK);
        assertThat(strict.status(COUNT, BigDecimal.valueOf(20), BigDecimal.valueOf(7), YEAR, MIDYEAR, null, null)
                .level()).isEqualTo(StatusLevel.OFF_TRACK);
    }
}
