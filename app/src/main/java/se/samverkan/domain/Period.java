package se.samverkan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up period as the project writes it (shared/CLI.md): {@code 2026} a year, {@code 2026H1}/{@code 2026H2}
 * half-years, {@code 2026Q1}…{@code 2026Q4} quarters. Ordered by start, then by length (the year before its halves).
 *
 * @param number 1 for a year; 1–2 for a half; 1–4 for a quarter
 */
public record Period(int year, PeriodKind kind, int number) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:([HQ])([1-4]))?");

    public Period {
        Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(kind + " " + number + " does not exist");
        }
    }

    public static Period year(int year) {
        return new Period(year, PeriodKind.YEAR, 1);
    }

    /**
     * Reads {@code 2026}, {@code 2026H2} or {@code 2026Q3} (upper or lower case).
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static Period parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a period: '" + text + "' (expected 2026, 2026H1 or 2026Q1)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return year(year);
        }
        PeriodKind kind = m.group(2).equals("H") ? PeriodKind.HALF : PeriodKind.QUARTER;
        int number = Integer.parseInt(m.group(3));
        if (number > kind.perYear()) {
            throw new IllegalArgumentException("not a period: '" + text + "' (a year has two halves)");
        }
        return new Period(year, kind, number);
    }

    /** The period of {@code kind} that {@code day} falls in. */
    public static Period containing(LocalDate day, PeriodKind kind) {
        int months = 12 / kind.perYear();
        return new Period(day.getYear(), kind, (day.getMonthValue() - 1) / months + 1);
    }

    /** The first day. */
    public LocalDate start() {
        int months = 12 / kind.perYear();
        return LocalDate.of(year, (number - 1) * months + 1, 1);
    }

    /** The last day (inclusive). */
    public LocalDate end() {
        return start().plusMonths(12 / kind.perYear()).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /**
     * How much of the period has passed on {@code today}, 0 before it starts and 1 after it ends: the days up to and
     * including today over the period's days. On the first day that is one day's share, on the last day 1.
     */
    public double elapsed(LocalDate today) {
        if (today.isBefore(start())) {
            return 0;
        }
        if (today.isAfter(end())) {
            return 1;
        }
        long days = ChronoUnit.DAYS.between(start(), end()) + 1;
        return (ChronoUnit.DAYS.between(start(), today) + 1) / (double) days;
    }

    /** The period of the same length just before: 2026H1 for 2026H2, 2025Q4 for 2026Q1. */
    public Period previous() {
        return number > 1 ? new Period(year, kind, number - 1) : new Period(year - 1, kind, kind.perYear());
    }

    /** The period of the same length just after. */
    public Period next() {
        return number < kind.perYear() ? new Period(year, kind, number + 1) : new Period(year + 1, kind, 1);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : Integer.compare(kind.perYear(), other.kind.perYear());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "H" + number;
            case QUARTER -> year + "Q" + number;
        };
    }
}
