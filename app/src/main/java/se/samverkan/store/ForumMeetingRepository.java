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
import se.samverkan.store.jooq.tables.records.ForumMeetingRecord;

/**
 * Meetings of a forum with who attended and the follow-ups decided there; the follow-ups live in the same table as
 * those of logged contacts, so the home screen lists them together. Audited.
 */
public final class ForumMeetingRepository {

    static final String ENTITY = "forum_meeting";
    private final DSLContext dsl;
    private final AuditLog audit;
    private final FollowUpRows followUps;

    ForumMeetingRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.followUps = new FollowUpRows(dsl, audit, FOLLOW_UP.FORUM_MEETING_ID);
    }

    /** Stores a new meeting with its attendees and follow-ups; ids in the arguments are ignored. */
    public ForumMeeting create(ForumMeeting meeting, List<FollowUp> followUps) {
        ForumMeetingRecord r = dsl.newRecord(FORUM_MEETING);
        r.setForumId(meeting.forumId());
        fill(r, meeting);
        r.store();
        attend(r.getId(), meeting.attendeeIds());
        for (FollowUp f : followUps) {
            this.followUps.add(r.getId(), f);
        }
        audit.record(AuditAction.CREATE, ENTITY, r.getId(),
                "Forummöte loggat med " + meeting.attendeeIds().size() + " deltagare", null, r);
        return new ForumMeeting(r.getId(), meeting.forumId(), meeting.meetingDate(), meeting.startTime(),
                meeting.endTime(), meeting.notes(), meeting.decisions(), meeting.attendeeIds());
    }

    /**
     * Changes a logged meeting: its day, times, notes and decisions, who attended (replaced) and its follow-ups — one
     * with an id is changed (its done day kept), one without is added, those no longer listed are removed. The forum
     * stays the one it was logged in. Audited.
     */
    public ForumMeeting update(ForumMeeting meeting, List<FollowUp> followUps) {
        ForumMeetingRecord r = dsl.fetchOptional(FORUM_MEETING, FORUM_MEETING.ID.eq(meeting.id()))
                .orElseThrow(() -> new IllegalArgumentException("no forum meeting with id " + meeting.id()));
        ForumMeetingRecord before = r.copy();
        before.setId(r.getId());
        fill(r, meeting);
        r.store();
        dsl.deleteFrom(FORUM_MEETING_ATTENDEE).where(FORUM_MEETING_ATTENDEE.MEETING_ID.eq(r.getId())).execute();
        attend(r.getId(), meeting.attendeeIds());
        this.followUps.replace(r.getId(), followUps);
        audit.record(AuditAction.UPDATE, ENTITY, r.getId(),
                "Forummöte ändrat, " + meeting.attendeeIds().size() + " deltagare", before, r);
        return new ForumMeeting(r.getId(), r.getForumId(), meeting.meetingDate(), meeting.startTime(),
                meeting.endTime(), meeting.notes(), meeting.decisions(), meeting.attendeeIds());
    }

    private static void fill(ForumMeetingRecord r, ForumMeeting meeting) {
        r.setMeetingDate(meeting.meetingDate());
        r.setStartTime(meeting.startTime());
        r.setEndTime(meeting.endTime());
        r.setNotes(meeting.notes());
        r.setDecisions(meeting.decisions());
    }

    private void attend(long meetingId, List<Long> people) {
        for (long person : new java.util.LinkedHashSet<>(people)) {
            dsl.insertInto(FORUM_MEETING_ATTENDEE).set(FORUM_MEETING_ATTENDEE.MEETING_ID, meetingId)
                    .set(FORUM_MEETING_ATTENDEE.PERSON_ID, person).execute();
        }
    }

    /** One meeting with attendee names and follow-ups. */
    public java.util.Optional<MeetingRow> find(long id) {
        return dsl.fetchOptional(FORUM_MEETING, FORUM_MEETING.ID.eq(id)).map(this::row);
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
        List<FollowUp> followUps = this.followUps.of(r.getId());
        var meeting = new ForumMeeting(r.getId(), r.getForumId(), r.getMeetingDate(), r.getStartTime(), r.getEndTime(),
                r.getNotes(), r.getDecisions(), attendees.map(a -> a.value1()));
        return new MeetingRow(meeting, attendees.map(a -> a.value2() + " " + a.value3()), followUps);
    }
}
