package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.AGENDA_ITEM;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.WORKSHOP;

import java.time.LocalDate;
import java.time.LocalTime;

/** Fictional dated workshops and forum meetings for the calendar's tests, straight through jOOQ. */
public final class CalendarFixture {

    private final StoreSession session;

    public CalendarFixture(StoreSession session) {
        this.session = session;
    }

    public long workshop(String title, String status, LocalDate on, LocalTime start, LocalTime end, String address,
                         String municipalityCode, String link) {
        return session.dsl().insertInto(WORKSHOP)
                .set(WORKSHOP.TITLE, title)
                .set(WORKSHOP.WORKSHOP_TYPE, "SUSTAINABLE_WORK")
                .set(WORKSHOP.STATUS, status)
                .set(WORKSHOP.HELD_ON, on)
                .set(WORKSHOP.START_TIME, start)
                .set(WORKSHOP.END_TIME, end)
                .set(WORKSHOP.ADDRESS, address)
                .set(WORKSHOP.MUNICIPALITY_CODE, municipalityCode)
                .set(WORKSHOP.ONLINE_LINK, link)
                .returning(WORKSHOP.ID).fetchOne().getId();
    }

    public long meeting(long forumId, LocalDate on, LocalTime start, LocalTime end) {
        return session.dsl().insertInto(FORUM_MEETING)
                .set(FORUM_MEETING.FORUM_ID, forumId)
                .set(FORUM_MEETING.MEETING_DATE, on)
                .set(FORUM_MEETING.START_TIME, start)
                .set(FORUM_MEETING.END_TIME, end)
                .set(FORUM_MEETING.NOTES, "Anteckningar som inte ska exporteras")
                .returning(FORUM_MEETING.ID).fetchOne().getId();
    }

    /** Appends an agenda item to a workshop. */
    public void agendaItem(long workshopId, int position, String title, int minutes) {
        session.dsl().insertInto(AGENDA_ITEM).set(AGENDA_ITEM.WORKSHOP_ID, workshopId).set(AGENDA_ITEM.POSITION, position)
                .set(AGENDA_ITEM.TITLE, title).set(AGENDA_ITEM.DURATION_MINUTES, minutes).execute();
    }
}
