package se.samverkan.service.calendar;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.CalendarPeriod;
import se.samverkan.domain.Clash;
import se.samverkan.domain.DayConflicts;
import se.samverkan.domain.Holiday;
import se.samverkan.io.IcsEntry;
import se.samverkan.io.IcsExporter;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.workshops.AgendaFit;
import se.samverkan.store.StoreSession;

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

    /**
     * What to warn about when {@code kind} {@code id} (0 for one not yet saved) is planned on {@code date} from
     * {@code start} to {@code end} (both may be null): a holiday or eve, and the other events of the day it clashes
     * with, by the same rule as the calendar's (decision 0014). A cancelled plan clashes with nothing.
     */
    public DayConflicts conflicts(CalendarEventKind kind, long id, LocalDate date, LocalTime start, LocalTime end,
                                  boolean cancelled) {
        if (date == null) {
            return DayConflicts.NONE;
        }
        Holiday holiday = SwedishHolidays.between(date, date).stream().findFirst().orElse(null);
        if (cancelled) {
            return new DayConflicts(holiday, List.of(), List.of());
        }
        var planned = new CalendarEvent(kind, id, id, "", null, date, start,
                start == null || end == null || !end.isAfter(start) ? null : end, null, null, null);
        List<CalendarEvent> day = new java.util.ArrayList<>(workspace.read(s -> s.calendar(messages.locale())
                .events(date, date)));
        day.removeIf(e -> e.kind() == kind && e.id() == id);
        day.add(planned);
        List<Clash> clashes = DoubleBooking.find(day).stream().filter(c -> c.involves(planned)).toList();
        return new DayConflicts(holiday, clashes.stream().filter(Clash::certain).map(c -> c.other(planned)).toList(),
                clashes.stream().filter(c -> !c.certain()).map(c -> c.other(planned)).toList());
    }

    /** Writes the events from {@code from} to {@code to} (cancelled workshops marked so) to {@code file}; returns how many. */
    public int export(LocalDate from, LocalDate to, Path file) throws IOException {
        checkOrder(from, to);
        List<IcsEntry> entries = workspace.read(s -> entries(s, s.calendar(messages.locale()).events(from, to)));
        return IcsExporter.write(file, messages.get("ui.calendar.ics.name"), entries);
    }

    /** Writes one workshop or forum meeting to {@code file}; false when it does not exist or has no date. */
    public boolean exportEvent(CalendarEventKind kind, long id, Path file) throws IOException {
        List<IcsEntry> entries = workspace.read(s -> {
            CalendarEvent event = s.calendar(messages.locale()).event(kind, id);
            return event == null ? List.<IcsEntry>of() : entries(s, List.of(event));
        });
        if (entries.isEmpty()) {
            return false;
        }
        IcsExporter.write(file, messages.get("ui.calendar.ics.name"), entries);
        return true;
    }

    /** The events as written, each workshop with its agenda (fetched in one query for all of them). */
    private List<IcsEntry> entries(StoreSession s, List<CalendarEvent> events) {
        Map<Long, List<AgendaItem>> agendas = s.workshops(messages.locale()).agendas(events.stream()
                .filter(e -> e.kind() == CalendarEventKind.WORKSHOP).map(CalendarEvent::id).toList());
        return events.stream().map(e -> entry(e, e.kind() == CalendarEventKind.WORKSHOP
                ? agendas.getOrDefault(e.id(), List.of()) : List.of())).toList();
    }

    /**
     * One event as a calendar app shows it; a workshop's description carries its agenda with start times (from the
     * session's start), so whoever gets the invitation sees the programme.
     */
    IcsEntry entry(CalendarEvent e, List<AgendaItem> agenda) {
        boolean workshop = e.kind() == CalendarEventKind.WORKSHOP;
        String summary = workshop ? e.title() : messages.get("ui.calendar.ics.meeting", e.title());
        String description = workshop
                ? messages.get("ui.calendar.ics.workshop", e.typeName(), messages.get("ui.workshop.status." + e.status()))
                : messages.get("ui.calendar.ics.forum", e.title());
        if (!agenda.isEmpty()) {
            description = description + "\n\n" + agenda(e, agenda);
        }
        if (e.link() != null) {
            description = description + "\n" + e.link();
        }
        // a start without an end gets the length the double-booking check assumes, not a zero-length event
        return new IcsEntry(e.uid(), summary, description, e.place(), e.link(), e.date(), e.start(),
                e.start() == null ? null : DoubleBooking.end(e),
                status(e));
    }

    private String agenda(CalendarEvent e, List<AgendaItem> agenda) {
        List<LocalTime> starts = AgendaFit.startTimes(e.start(), agenda.stream().map(AgendaItem::durationMinutes).toList());
        StringBuilder text = new StringBuilder(messages.get("ui.calendar.ics.agenda"));
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            text.append('\n');
            if (!starts.isEmpty()) {
                text.append(starts.get(i)).append(' ');
            }
            text.append(item.title()).append(" (").append(messages.get("ui.calendar.ics.minutes", item.durationMinutes()))
                    .append(')');
        }
        return text.toString();
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
