package se.samverkan.service.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samverkan.domain.Holiday;

/**
 * Swedish public holidays by Lag (1989:253) om allmänna helgdagar as amended 2005 (nationaldagen 6 June a holiday,
 * annandag pingst no longer), valid from 2005. Sundays are holidays by the same law but are not listed: a planner sees
 * them anyway. Midsommarafton, julafton and nyårsafton are not holidays by law; {@link #eves(int)} lists them apart,
 * because most workplaces are closed and a workshop there would be empty.
 */
public final class SwedishHolidays {

    private SwedishHolidays() {
    }

    /** The public holidays of {@code year} by law, in date order. */
    public static List<Holiday> of(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummer = saturdayBetween(LocalDate.of(year, Month.JUNE, 20));
        LocalDate allSaints = saturdayBetween(LocalDate.of(year, Month.OCTOBER, 31));
        List<Holiday> days = new ArrayList<>(List.of(
                holiday(LocalDate.of(year, 1, 1), "Nyårsdagen", "New Year's Day"),
                holiday(LocalDate.of(year, 1, 6), "Trettondedag jul", "Epiphany"),
                holiday(easter.minusDays(2), "Långfredagen", "Good Friday"),
                holiday(easter, "Påskdagen", "Easter Sunday"),
                holiday(easter.plusDays(1), "Annandag påsk", "Easter Monday"),
                holiday(LocalDate.of(year, 5, 1), "Första maj", "May Day"),
                holiday(easter.plusDays(39), "Kristi himmelsfärdsdag", "Ascension Day"),
                holiday(easter.plusDays(49), "Pingstdagen", "Whit Sunday"),
                holiday(LocalDate.of(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden"),
                holiday(midsummer, "Midsommardagen", "Midsummer Day"),
                holiday(allSaints, "Alla helgons dag", "All Saints' Day"),
                holiday(LocalDate.of(year, 12, 25), "Juldagen", "Christmas Day"),
                holiday(LocalDate.of(year, 12, 26), "Annandag jul", "Boxing Day")));
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    /** The eves that are not holidays by law but are days off in practice: midsommarafton, julafton, nyårsafton. */
    public static List<Holiday> eves(int year) {
        LocalDate midsummer = saturdayBetween(LocalDate.of(year, Month.JUNE, 20));
        return List.of(
                new Holiday(midsummer.minusDays(1), "Midsommarafton", "Midsummer Eve", false),
                new Holiday(LocalDate.of(year, 12, 24), "Julafton", "Christmas Eve", false),
                new Holiday(LocalDate.of(year, 12, 31), "Nyårsafton", "New Year's Eve", false));
    }

    /** Holidays and eves from {@code from} to {@code to}, both inclusive, in date order. */
    public static List<Holiday> between(LocalDate from, LocalDate to) {
        List<Holiday> result = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (Holiday h : of(year)) {
                add(result, h, from, to);
            }
            for (Holiday h : eves(year)) {
                add(result, h, from, to);
            }
        }
        result.sort(Comparator.comparing(Holiday::date));
        return result;
    }

    /** Whether {@code date} is a public holiday by law (Sundays aside). */
    public static boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /** The public holiday on {@code date}, if any (Sundays aside; eves are not holidays). */
    public static Optional<Holiday> holiday(LocalDate date) {
        return of(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** Påskdagen by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The Saturday of the seven days that start on {@code first}. */
    private static LocalDate saturdayBetween(LocalDate first) {
        return first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static Holiday holiday(LocalDate date, String sv, String en) {
        return new Holiday(date, sv, en, true);
    }

    private static void add(List<Holiday> result, Holiday h, LocalDate from, LocalDate to) {
        if (!h.date().isBefore(from) && !h.date().isAfter(to)) {
            result.add(h);
        }
    }
}
