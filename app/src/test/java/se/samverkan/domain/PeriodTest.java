package se.samverkan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void periodsAreReadAndWrittenInTheProjectsForm() {
        assertThat(Period.parse("2026")).isEqualTo(Period.year(2026));
        assertThat(Period.parse("2026h2")).isEqualTo(new Period(2026, PeriodKind.HALF, 2));
        assertThat(Period.parse(" 2027Q4 ").toString()).isEqualTo("2027Q4");
        for (String bad : new String[] {"2026H3", "2026Q5", "2026Q0", "26", "2026-01", "", "1999"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026H1");
    }

    @Test
    void aPeriodKnowsItsFirstAndLastDayIncludingLeapYears() {
        assertThat(Period.parse("2028Q1").end()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(Period.parse("2026H2").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026H2").end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.parse("2026Q2").start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Period.parse("2026Q2").end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Period.containing(LocalDate.of(2026, 9, 30), PeriodKind.QUARTER)).isEqualTo(Period.parse("2026Q3"));
        assertThat(Period.containing(LocalDate.of(2026, 7, 1), PeriodKind.HALF)).isEqualTo(Period.parse("2026H2"));
    }

    @Test
    void theSharePassedIsOneDayOnTheFirstDayAndWholeOnTheLast() {
        Period year = Period.year(2026);
        assertThat(year.elapsed(LocalDate.of(2025, 12, 31))).isZero();
        assertThat(year.elapsed(LocalDate.of(2026, 1, 1))).isEqualTo(1 / 365.0);
        assertThat(year.elapsed(LocalDate.of(2026, 7, 2))).isEqualTo(183 / 365.0);
        assertThat(year.elapsed(LocalDate.of(2026, 12, 31))).isEqualTo(1.0);
        assertThat(year.elapsed(LocalDate.of(2027, 3, 1))).isEqualTo(1.0);
        assertThat(Period.parse("2028Q1").elapsed(LocalDate.of(2028, 2, 29))).isEqualTo(60 / 91.0);
    }

    @Test
    void neighboursCrossTheYearAndOrderPutsTheYearBeforeItsParts() {
        assertThat(Period.parse("2026Q1").previous()).isEqualTo(Period.parse("2025Q4"));
        assertThat(Period.parse("2026H2").next()).isEqualTo(Period.parse("2027H1"));
        assertThat(Period.year(2026).previous()).isEqualTo(Period.year(2025));
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2026H2"), Period.parse("2026Q1"),
                Period.year(2026), Period.parse("2026H1"), Period.year(2025)));
        Collections.sort(periods);
        assertThat(periods).extracting(Period::toString).containsExactly("2025", "2026", "2026H1", "2026Q1", "2026H2");
    }
}
