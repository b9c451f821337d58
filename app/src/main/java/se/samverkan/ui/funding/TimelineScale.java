package se.samverkan.ui.funding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import se.samverkan.domain.FundingProjectRow;

/**
 * The timeline's month axis: from the first month any project's application window or period touches (and today's)
 * to the last, and where a day falls on it in pixels. Plain arithmetic, so it is tested without a window.
 */
record TimelineScale(YearMonth first, YearMonth last, double x0, double pixelsPerDay) {

    /** A scale covering every dated project and {@code today}, {@code width} pixels wide from {@code x0}. */
    static TimelineScale of(List<FundingProjectRow> rows, LocalDate today, double x0, double width) {
        List<LocalDate> days = new ArrayList<>(List.of(today));
        for (FundingProjectRow r : rows) {
            Stream.of(r.applicationFrom(), r.applicationTo(), r.periodFrom(), r.periodTo(), r.extendedTo())
                    .filter(Objects::nonNull).forEach(days::add);
        }
        YearMonth first = YearMonth.from(days.stream().min(LocalDate::compareTo).orElseThrow());
        YearMonth last = YearMonth.from(days.stream().max(LocalDate::compareTo).orElseThrow());
        long span = ChronoUnit.DAYS.between(first.atDay(1), last.plusMonths(1).atDay(1));
        return new TimelineScale(first, last, x0, width / span);
    }

    /** Where {@code day} starts on the axis. */
    double x(LocalDate day) {
        return x0 + ChronoUnit.DAYS.between(first.atDay(1), day) * pixelsPerDay;
    }

    /** Where the day after {@code day} starts: a bar to {@code day} includes it. */
    double xAfter(LocalDate day) {
        return x(day.plusDays(1));
    }

    /** Every month on the axis, first to last. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Whether a project's application window holds {@code today}: the call is open. */
    static boolean open(FundingProjectRow row, LocalDate today) {
        return row.applicationFrom() != null && row.applicationTo() != null && !today.isBefore(row.applicationFrom())
                && !today.isAfter(row.applicationTo());
    }
}
