package se.samverkan.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.Holiday;

class SwedishHolidaysTest {

    @ParameterizedTest(name = "påskdagen {0} is {1}")
    @CsvSource(textBlock = """
            2000, 2000-04-23
            2008, 2008-03-23
            2011, 2011-04-24
            2019, 2019-04-21
            2024, 2024-03-31
            2025, 2025-04-20
            2026, 2026-04-05
            2027, 2027-03-28
            2028, 2028-04-16
            2029, 2029-04-01
            2030, 2030-04-21
            2038, 2038-04-25
            """)
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2024-03-29, Långfredagen
            2024-04-01, Annandag påsk
            2024-05-09, Kristi himmelsfärdsdag
            2024-05-19, Pingstdagen
            2024-06-22, Midsommardagen
            2024-11-02, Alla helgons dag
            2025-04-18, Långfredagen
            2025-05-29, Kristi himmelsfärdsdag
            2025-06-21, Midsommardagen
            2025-11-01, Alla helgons dag
            2026-04-03, Långfredagen
            2026-04-06, Annandag påsk
            2026-05-14, Kristi himmelsfärdsdag
            2026-05-24, Pingstdagen
            2026-06-20, Midsommardagen
            2026-10-31, Alla helgons dag
            2027-06-26, Midsommardagen
            2027-11-06, Alla helgons dag
            2028-05-25, Kristi himmelsfärdsdag
            2029-06-23, Midsommardagen
            2030-06-22, Midsommardagen
            2030-11-02, Alla helgons dag
            2026-01-01, Nyårsdagen
            2026-01-06, Trettondedag jul
            2026-05-01, Första maj
            2026-06-06, Sveriges nationaldag
            2026-12-25, Juldagen
            2026-12-26, Annandag jul
            """)
    void holidaysFallWhereTheLawPutsThem(LocalDate date, String name) {
        assertThat(SwedishHolidays.holiday(date)).hasValueSatisfying(h -> {
            assertThat(h.nameSv()).isEqualTo(name);
            assertThat(h.publicHoliday()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2005, 2010, 2020, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2050, 2100})
    void everyYearHasThirteenHolidaysAndTheMovableOnesKeepTheirRules(int year) {
        List<Holiday> days = SwedishHolidays.of(year);
        assertThat(days).hasSize(13);
        assertThat(days).extracting(Holiday::date).isSorted().doesNotHaveDuplicates();
        LocalDate midsummer = named(days, "Midsommardagen");
        assertThat(midsummer.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(midsummer.getMonth()).isEqualTo(Month.JUNE);
        assertThat(midsummer.getDayOfMonth()).isBetween(20, 26);
        LocalDate allSaints = named(days, "Alla helgons dag");
        assertThat(allSaints.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(allSaints).isBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6));
        LocalDate easter = named(days, "Påskdagen");
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(named(days, "Långfredagen")).isEqualTo(easter.minusDays(2));
        assertThat(named(days, "Kristi himmelsfärdsdag").getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(named(days, "Pingstdagen")).isEqualTo(easter.plusWeeks(7));
        assertThat(named(days, "Sveriges nationaldag")).isEqualTo(LocalDate.of(year, 6, 6));
    }

    @Test
    void annandagPingstIsNoLongerAHolidaySince2005() {
        for (int year = 2005; year <= 2030; year++) {
            LocalDate whitMonday = SwedishHolidays.easterSunday(year).plusDays(50);
            if (whitMonday.equals(LocalDate.of(year, 6, 6))) {
                continue; // 2011, 2022: the day is a holiday as nationaldagen
            }
            assertThat(SwedishHolidays.isHoliday(whitMonday)).as("annandag pingst %d", year).isFalse();
        }
    }

    @Test
    void evesAreNotHolidaysByLawButAreListedForThePlanner() {
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 12, 24))).as("julafton").isFalse();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 12, 31))).as("nyårsafton").isFalse();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 19))).as("midsommarafton").isFalse();
        assertThat(SwedishHolidays.eves(2026)).extracting(Holiday::date, Holiday::nameSv, Holiday::publicHoliday)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 19), "Midsommarafton", false),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 24), "Julafton", false),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), "Nyårsafton", false));
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 21))).as("the Sunday after midsommar").isFalse();
    }

    @Test
    void betweenSpansYearsAndKeepsBothEnds() {
        List<Holiday> days = SwedishHolidays.between(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 6));
        assertThat(days).extracting(Holiday::nameSv).containsExactly("Julafton", "Juldagen", "Annandag jul",
                "Nyårsafton", "Nyårsdagen", "Trettondedag jul");
        assertThat(IntStream.rangeClosed(2024, 2030).map(y -> SwedishHolidays.between(
                LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).size())).containsOnly(16);
    }

    private static LocalDate named(List<Holiday> days, String name) {
        return days.stream().filter(h -> h.nameSv().equals(name)).findFirst().orElseThrow().date();
    }
}
