package se.samverkan.ui.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.FundingProjectRow;

class TimelineScaleTest {

    static FundingProjectRow row(LocalDate applicationFrom, LocalDate applicationTo, LocalDate from, LocalDate to) {
        return new FundingProjectRow(1, "Testprojekt", "ESF_PLUS", "APPLIED", null, null, applicationFrom,
                applicationTo, from, to, null, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void theAxisRunsFromTheFirstApplicationToTheLastMonthOfThePeriod() {
        // seed 004: applications 1 June – 4 September 2023, the project 1 January 2024 – 31 December 2026
        var seed = row(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 4), LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31));
        var scale = TimelineScale.of(List.of(seed), LocalDate.of(2025, 3, 10), 100, 1000);
        assertThat(scale.first()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(scale.last()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(scale.months()).hasSize(43);
        assertThat(scale.x(LocalDate.of(2023, 6, 1))).isEqualTo(100);
        assertThat(scale.xAfter(LocalDate.of(2026, 12, 31))).isCloseTo(1100, within(1e-6));
    }

    @Test
    void todayWidensTheAxisAndTellsWhichCallsAreOpen() {
        var seed = row(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 4), null, null);
        var scale = TimelineScale.of(List.of(seed), LocalDate.of(2024, 2, 10), 0, 500);
        assertThat(scale.last()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(TimelineScale.open(seed, LocalDate.of(2023, 9, 4))).isTrue();
        assertThat(TimelineScale.open(seed, LocalDate.of(2023, 9, 5))).isFalse();
        assertThat(TimelineScale.open(seed, LocalDate.of(2023, 5, 31))).isFalse();
    }
}
