package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING_ATTENDEE;
import static se.samverkan.store.jooq.Tables.PERSON;

import java.util.List;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.MeetingRow;
import org.jooq.DSLContext;
import se.samverkan.store.jooq.tables.records.FollowUpRecord;
import se.samverkan.store.jooq.tables.records.ForumMeetingRecord;

/**
 * Meetings of a forum with who attended and the follow-ups decided there; the follow-ups live in the same table as
 * those of logged contacts, so the home screen lists them together. Audited.
 */
public final class ForumMeetingRepository {

    static final String ENTITY = "forum_meeting";
    private final DSLContext dsl;
    private final AuditLog audit;

    ForumMeetingRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Stores a new meeting with its attendees and follow-ups. */
    public ForumMeeting create(ForumMeeting meeting, List<FollowUp> followUps) {
        ForumMeetingRecord r = dsl.newRecord(FORUM_MEETING);
        r.setForumId(meeting.forumId());
        r.setMeetingDate(meeting.meetingDate());
        r.setStartTime(meeting.startTime());
        r.setEndTime(meeting.endTime());
        r.setNotes(meeting.notes());
        r.setDecisions(meeting.decisions());
        r.store();
        for (long person : meeting.attendeeIds()) {
            dsl.insertInto(FORUM_MEETING_ATTENDEE).set(FORUM_MEETING_ATTENDEE.MEETING_ID, r.getId())
                    .set(FORUM_MEETING_ATTENDEE.PERSON_ID, person).execute();
        }
        for (FollowUp f : followUps) {
            FollowUpRecord fr = dsl.newRecord(FOLLOW_UP);
            fr.setForumMeetingId(r.getId());
            fr.setDescription(f.description());
            fr.setDueDate(f.dueDate());
            fr.setResponsible(f.responsible());
            fr.store();
            audit.record(AuditAction.CREATE, InteractionRepository.FOLLOW_UP_ENTITY, fr.getId(), "Uppföljning skapad",
                    null, fr);
        }
        audit.record(AuditAction.CREATE, ENTITY, r.getId(),
                "Forummöte loggat med " + meeting.attendeeIds().size() + " deltagare", null, r);
        return new ForumMeeting(r.getId(), meeting.forumId(), meeting.meetingDate(), meeting.startTime(),
                meeting.endTime(), meeting.notes(), meeting.decisions(), meeting.attendeeIds());
    }

    /** Deletes a meeting; attendees and follow-ups go with it (cascade). */
    public void delete(long id) {
        ForumMeetingRecord r = dsl.fetchOptional(FORUM_MEETING, FORUM_MEETING.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no forum meeting with id " + id));
        r.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Forummöte borttaget", r, null);
    }

    /** The meetings of a forum, newest first, with attendee names and follow-ups. */
    public List<MeetingRow> ofForum(long forumId) {
        return dsl.selectFrom(FORUM_MEETING).where(FORUM_MEETING.FORUM_ID.eq(forumId))
                .orderBy(FORUM_MEETING.MEETING_DATE.desc(), FORUM_MEETING.ID.desc())
                .fetch(this::row);
    }

    private MeetingRow row(ForumMeetingRecord r) {
        var attendees = dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME).from(FORUM_MEETING_ATTENDEE)
                .join(PERSON).on(PERSON.ID.eq(FORUM_MEETING_ATTENDEE.PERSON_ID))
                .where(FORUM_MEETING_ATTENDEE.MEETING_ID.eq(r.getId()))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME).fetch();
        List<FollowUp> followUps = dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.FORUM_MEETING_ID.eq(r.getId()))
                .orderBy(FOLLOW_UP.DUE_DATE, FOLLOW_UP.ID)
                .fetch(f -> new FollowUp(f.getId(), f.getInteractionId(), f.getForumMeetingId(), f.getDescription(),
                        f.getDueDate(), f.getDoneOn(), f.getResponsible()));
        var meeting = new ForumMeeting(r.getId(), r.getForumId(), r.getMeetingDate(), r.getStartTime(), r.getEndTime(),
                r.getNotes(), r.getDecisions(), attendees.map(a -> a.value1()));
        return new MeetingRow(meeting, attendees.map(a -> a.value2() + " " + a.value3()), followUps);
    }
}
