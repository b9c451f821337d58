package se.samverkan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the calendar shows for a period: the events, the holidays and eves, and the double bookings. */
public record CalendarPeriod(LocalDate from, LocalDate to, List<CalendarEvent> events, List<Holiday> holidays,
                             List<Clash> clashes) {

    public CalendarPeriod {
        events = List.copyOf(events);
        holidays = List.copyOf(holidays);
        clashes = List.copyOf(clashes);
    }

    public List<CalendarEvent> eventsOn(LocalDate date) {
        return events.stream().filter(e -> e.date().equals(date)).toList();
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return holidays.stream().filter(h -> h.date().equals(date)).findFirst();
    }

    public List<Clash> clashesOf(CalendarEvent event) {
        return clashes.stream().filter(c -> c.involves(event)).toList();
    }

    public boolean hasClashOn(LocalDate date) {
        return clashes.stream().anyMatch(c -> c.first().date().equals(date));
    }
}
