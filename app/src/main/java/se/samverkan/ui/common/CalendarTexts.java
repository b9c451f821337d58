package se.samverkan.ui.common;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.DayConflicts;
import se.samverkan.domain.Holiday;
import se.samverkan.service.Messages;

/**
 * How calendar events, holidays and double bookings are named, the same in the calendar and in the planning forms:
 * "Möte: Industrirådet", "09:00–12:00", "Sveriges nationaldag – allmän helgdag".
 */
public final class CalendarTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Messages messages;

    public CalendarTexts(Messages messages) {
        this.messages = messages;
    }

    /** A workshop's title, or "Möte: " and the forum's name. */
    public String title(CalendarEvent event) {
        return event.kind() == CalendarEventKind.WORKSHOP ? event.title()
                : messages.get("ui.calendar.ics.meeting", event.title());
    }

    /** The start, "09:00", or "Heldag" for an event without a time. */
    public String time(CalendarEvent event) {
        return event.timed() ? TIME.format(event.start()) : messages.get("ui.calendar.allDay");
    }

    /** "09:00–12:00", "09:00" without an end, "Heldag" without a time. */
    public String when(CalendarEvent event) {
        if (!event.timed()) {
            return messages.get("ui.calendar.allDay");
        }
        return event.end() == null ? TIME.format(event.start())
                : TIME.format(event.start()) + "–" + TIME.format(event.end());
    }

    /** The holiday's name in the window's language. */
    public String holidayName(Holiday holiday) {
        return "en".equals(messages.locale().getLanguage()) ? holiday.nameEn() : holiday.nameSv();
    }

    /** "Sveriges nationaldag – allmän helgdag", or for an eve that most take off, says so. */
    public String holiday(Holiday holiday) {
        return messages.get(holiday.publicHoliday() ? "ui.calendar.holiday" : "ui.calendar.eve", holidayName(holiday));
    }

    /** "Dubbelbokad: krockar med …" for an overlap, "Möjlig dubbelbokning: samma dag som …" when one has no time. */
    public String clash(CalendarEvent other, boolean certain) {
        return messages.get(certain ? "ui.calendar.clash" : "ui.calendar.clash.possible", title(other), when(other));
    }

    /** One line per thing to know about a planned day: the holiday first, then each clash. */
    public List<String> lines(DayConflicts conflicts) {
        List<String> lines = new ArrayList<>();
        if (conflicts.holiday() != null) {
            lines.add(holiday(conflicts.holiday()));
        }
        conflicts.certain().forEach(e -> lines.add(clash(e, true)));
        conflicts.possible().forEach(e -> lines.add(clash(e, false)));
        return lines;
    }
}
