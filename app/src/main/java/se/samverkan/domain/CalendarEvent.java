package se.samverkan.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One dated thing in the coordinator's calendar: a workshop or a forum meeting.
 *
 * @param kind      what it is
 * @param id        the workshop's or the meeting's id
 * @param ownerId   the record that opens it: the workshop itself, or the meeting's forum
 * @param title     the workshop's title or the forum's name
 * @param typeName  the workshop type's name (null for a meeting)
 * @param start     null for an event without a time (a whole day)
 * @param end       null when not set; never before {@code start}
 * @param place     address and municipality, null when unknown
 * @param link      the online link, null when none
 * @param status    a workshop's status (IDEA, PLANNED, HELD, CANCELLED); null for a meeting
 */
public record CalendarEvent(CalendarEventKind kind, long id, long ownerId, String title, String typeName,
                            LocalDate date, LocalTime start, LocalTime end, String place, String link,
                            String status) {

    public CalendarEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        if (start == null) {
            end = null;
        }
    }

    public boolean timed() {
        return start != null;
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** A stable identity across exports, e.g. {@code workshop-12@samverkan} (RFC 5545 UID). */
    public String uid() {
        return kind.uidPrefix() + "-" + id + "@samverkan";
    }
}
