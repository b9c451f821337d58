package se.samverkan.service.calendar;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.CalendarPeriod;
import se.samverkan.io.IcsEntry;
import se.samverkan.io.IcsExporter;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;

/**
 * The coordinator's calendar: the workshops and forum meetings of a period with its Swedish holidays and double
 * bookings, and the same events as an iCalendar file (decision 0014).
 */
public final class CalendarService {

    private final Workspace workspace;
    private final Messages messages;

    public CalendarService(Workspace workspace, Messages messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    /** Whether {@code file} is named as an iCalendar file ({@code .ics}). */
    public static boolean isIcsFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics");
    }

    /** Events, holidays and double bookings from {@code from} to {@code to}, both inclusive. */
    public CalendarPeriod period(LocalDate from, LocalDate to) {
        checkOrder(from, to);
        List<CalendarEvent> events = workspace.read(s -> s.calendar(messages.locale()).events(from, to));
        return new CalendarPeriod(from, to, events, SwedishHolidays.between(from, to), DoubleBooking.find(events));
    }

    /** Writes the events from {@code from} to {@code to} (cancelled workshops marked so) to {@code file}; returns how many. */
    public int export(LocalDate from, LocalDate to, Path file) throws IOException {
        checkOrder(from, to);
        List<CalendarEvent> events = workspace.read(s -> s.calendar(messages.locale()).events(from, to));
        return IcsExporter.write(file, messages.get("ui.calendar.ics.name"), events.stream().map(this::entry).toList());
    }

    /** Writes one workshop or forum meeting to {@code file}; false when it does not exist or has no date. */
    public boolean exportEvent(CalendarEventKind kind, long id, Path file) throws IOException {
        CalendarEvent event = workspace.read(s -> s.calendar(messages.locale()).event(kind, id));
        if (event == null) {
            return false;
        }
        IcsExporter.write(file, messages.get("ui.calendar.ics.name"), List.of(entry(event)));
        return true;
    }

    IcsEntry entry(CalendarEvent e) {
        boolean workshop = e.kind() == CalendarEventKind.WORKSHOP;
        String summary = workshop ? e.title() : messages.get("ui.calendar.ics.meeting", e.title());
        String description = workshop
                ? messages.get("ui.calendar.ics.workshop", e.typeName(), messages.get("ui.workshop.status." + e.status()))
                : messages.get("ui.calendar.ics.forum", e.title());
        if (e.link() != null) {
            description = description + "\n" + e.link();
        }
        // a start without an end gets the length the double-booking check assumes, not a zero-length event
        return new IcsEntry(e.uid(), summary, description, e.place(), e.link(), e.date(), e.start(),
                e.start() == null ? null : DoubleBooking.end(e),
                status(e));
    }

    private static String status(CalendarEvent e) {
        if (e.status() == null) {
            return "CONFIRMED";
        }
        return switch (e.status()) {
            case "CANCELLED" -> "CANCELLED";
            case "IDEA" -> "TENTATIVE";
            default -> "CONFIRMED";
        };
    }

    private static void checkOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }
}
