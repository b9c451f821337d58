package se.samverkan.service.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.Clash;

/**
 * Finds the days the coordinator is booked twice (decision 0014). Any two events count (workshop and forum meeting,
 * or two of either); cancelled workshops never do. Two events with times clash when their times overlap (touching
 * ends do not); an event with a start but no end is taken to last {@link #ASSUMED_LENGTH}. An event without a time
 * may fill the whole day, so it and any other event that day make a possible clash.
 */
public final class DoubleBooking {

    static final Duration ASSUMED_LENGTH = Duration.ofHours(1);

    private DoubleBooking() {
    }

    /** The clashes among {@code events}, by date and then start time. */
    public static List<Clash> find(List<CalendarEvent> events) {
        Map<LocalDate, List<CalendarEvent>> byDay = new TreeMap<>();
        for (CalendarEvent e : events) {
            if (!e.cancelled()) {
                byDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
            }
        }
        List<Clash> clashes = new ArrayList<>();
        for (List<CalendarEvent> day : byDay.values()) {
            day.sort(Comparator.comparing(CalendarEvent::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(CalendarEvent::id));
            for (int i = 0; i < day.size(); i++) {
                for (int j = i + 1; j < day.size(); j++) {
                    CalendarEvent a = day.get(i);
                    CalendarEvent b = day.get(j);
                    if (!a.timed() || !b.timed()) {
                        clashes.add(new Clash(a, b, false));
                    } else if (a.start().isBefore(end(b)) && b.start().isBefore(end(a))) {
                        clashes.add(new Clash(a, b, true));
                    }
                }
            }
        }
        return clashes;
    }

    /** The event's end, or for a start without an end the start plus {@link #ASSUMED_LENGTH} (at most midnight). */
    static LocalTime end(CalendarEvent e) {
        if (e.end() != null) {
            return e.end();
        }
        LocalTime assumed = e.start().plus(ASSUMED_LENGTH);
        return assumed.isBefore(e.start()) ? LocalTime.MAX : assumed;
    }
}
