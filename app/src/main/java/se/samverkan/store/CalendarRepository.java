package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_TYPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarEventKind;

/** Read-only: the dated workshops and forum meetings of a period, for the calendar and its .ics export. */
public final class CalendarRepository {

    private final DSLContext dsl;
    private final boolean english;

    CalendarRepository(DSLContext dsl, boolean english) {
        this.dsl = dsl;
        this.english = english;
    }

    /** Workshops (of every status) and forum meetings from {@code from} to {@code to}, both inclusive, in time order. */
    public List<CalendarEvent> events(LocalDate from, LocalDate to) {
        List<CalendarEvent> events = new ArrayList<>(workshops(from, to));
        events.addAll(meetings(from, to));
        events.sort(ORDER);
        return events;
    }

    /** One workshop or forum meeting as a calendar event, or null when it has no date or does not exist. */
    public CalendarEvent event(CalendarEventKind kind, long id) {
        List<CalendarEvent> found = kind == CalendarEventKind.WORKSHOP
                ? workshopsWhere(WORKSHOP.ID.eq(id).and(WORKSHOP.HELD_ON.isNotNull()))
                : meetingsWhere(FORUM_MEETING.ID.eq(id));
        return found.isEmpty() ? null : found.get(0);
    }

    private static final Comparator<CalendarEvent> ORDER = Comparator.comparing(CalendarEvent::date)
            .thenComparing(CalendarEvent::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CalendarEvent::kind)
            .thenComparing(CalendarEvent::id);

    private List<CalendarEvent> workshops(LocalDate from, LocalDate to) {
        return workshopsWhere(WORKSHOP.HELD_ON.between(from, to));
    }

    private List<CalendarEvent> workshopsWhere(org.jooq.Condition condition) {
        var typeName = english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV;
        return dsl.select(WORKSHOP.ID, WORKSHOP.TITLE, typeName, WORKSHOP.HELD_ON, WORKSHOP.START_TIME,
                        WORKSHOP.END_TIME, WORKSHOP.ADDRESS, MUNICIPALITY.NAME_SV, WORKSHOP.ONLINE_LINK, WORKSHOP.STATUS)
                .from(WORKSHOP)
                .join(WORKSHOP_TYPE).on(WORKSHOP_TYPE.CODE.eq(WORKSHOP.WORKSHOP_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(WORKSHOP.MUNICIPALITY_CODE))
                .where(condition)
                .fetch(r -> new CalendarEvent(CalendarEventKind.WORKSHOP, r.get(WORKSHOP.ID), r.get(WORKSHOP.ID),
                        r.get(WORKSHOP.TITLE), r.get(typeName), r.get(WORKSHOP.HELD_ON), r.get(WORKSHOP.START_TIME),
                        r.get(WORKSHOP.END_TIME), place(r.get(WORKSHOP.ADDRESS), r.get(MUNICIPALITY.NAME_SV)),
                        blankToNull(r.get(WORKSHOP.ONLINE_LINK)), r.get(WORKSHOP.STATUS)));
    }

    private List<CalendarEvent> meetings(LocalDate from, LocalDate to) {
        return meetingsWhere(FORUM_MEETING.MEETING_DATE.between(from, to));
    }

    private List<CalendarEvent> meetingsWhere(org.jooq.Condition condition) {
        return dsl.select(FORUM_MEETING.ID, FORUM.ID, FORUM.NAME, FORUM_MEETING.MEETING_DATE, FORUM_MEETING.START_TIME,
                        FORUM_MEETING.END_TIME, MUNICIPALITY.NAME_SV)
                .from(FORUM_MEETING)
                .join(FORUM).on(FORUM.ID.eq(FORUM_MEETING.FORUM_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(FORUM.MUNICIPALITY_CODE))
                .where(condition)
                .fetch(r -> new CalendarEvent(CalendarEventKind.FORUM_MEETING, r.get(FORUM_MEETING.ID), r.get(FORUM.ID),
                        r.get(FORUM.NAME), null, r.get(FORUM_MEETING.MEETING_DATE), r.get(FORUM_MEETING.START_TIME),
                        r.get(FORUM_MEETING.END_TIME), blankToNull(r.get(MUNICIPALITY.NAME_SV)), null, null));
    }

    private static String place(String address, String municipality) {
        String a = blankToNull(address);
        String m = blankToNull(municipality);
        if (a == null) {
            return m;
        }
        return m == null || a.contains(m) ? a : a + ", " + m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
