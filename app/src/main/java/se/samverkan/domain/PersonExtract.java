package se.samverkan.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the database holds about one person, for a register extract (GDPR art. 15): the person's own fields and
 * every record that refers to the person. Codes (kinds, roles, levels) are left as codes for the caller to name;
 * places, organisations and forums are already names. Other people appear only as the counterpart of a relationship.
 *
 * @param specialCategories whether union membership, union role and political offices were read (otherwise
 *                          {@link Details#unionMember()}, {@link Details#unionRole()} are null and {@code offices} and
 *                          the audit entries about them are empty)
 */
public record PersonExtract(Details person, boolean specialCategories, List<Office> offices,
                            List<Tie> relationships, List<Contact> interactions, List<SeatTerm> seats,
                            List<Attendance> meetings, List<Facilitation> workshops, List<Demand> demands,
                            List<Task> followUps, List<Assessment> assessments, List<Change> changes) {

    /** The person's own fields, with organisation, branch and places as names. */
    public record Details(long id, String firstName, String lastName, String title, String organisation,
                          String branch, String email, String phone, String county, String municipality,
                          Boolean unionMember, String unionRole, String notes, LocalDate verifyBy,
                          LocalDateTime createdAt, LocalDateTime updatedAt, boolean pinnedOnMap) {

        public String name() {
            return firstName + " " + lastName;
        }
    }

    /** A political office (special category); level MUNICIPALITY, REGION, NATIONAL or PARTY. */
    public record Office(String body, String level, String party, String place, String role, LocalDate termFrom,
                         LocalDate termTo) {
    }

    /** A relationship; {@code outgoing} when the person is its "from" end, the counterpart is the other end. */
    public record Tie(boolean outgoing, String kind, String counterpart, int strength, LocalDate since,
                      LocalDate endedOn, String notes) {
    }

    /** A logged interaction the person took part in, with its notes. */
    public record Contact(LocalDate occurredOn, String kind, String topic, String notes, String branch) {
    }

    /** A seat in a forum and its term; {@code represents} BRANCH, UNION, LO or OTHER. */
    public record SeatTerm(String forum, String forumType, String role, String represents, String representsBranch,
                           LocalDate termFrom, LocalDate termTo, String notes) {
    }

    /** A forum meeting the person attended. */
    public record Attendance(LocalDate meetingDate, String forum) {
    }

    /**
     * A workshop whose facilitator text names the person. Workshops count their participants per branch (women, men),
     * never by person, so facilitation is the only way a workshop can hold data about someone.
     */
    public record Facilitation(String title, String status, LocalDate heldOn, String facilitator) {
    }

    /** A local political demand the person is linked to. */
    public record Demand(String title, String status, String policyArea, LocalDate raisedOn, LocalDate decidedOn) {
    }

    /**
     * A follow-up that concerns the person: on an interaction the person took part in, or with the person named as
     * responsible. {@code about} is the interaction's topic, the demand's title or the forum meeting's forum.
     */
    public record Task(String description, LocalDate due, LocalDate doneOn, String responsible, String about) {
    }

    /** A stakeholder assessment of the person. */
    public record Assessment(LocalDate assessedOn, int influence, int interest, String note) {
    }

    /**
     * An audit entry about the person or one of the person's records: when, who, what, and for a change the fields
     * that changed (column names in lower case, values as text, null when empty).
     */
    public record Change(LocalDateTime at, String actor, AuditAction action, String entity, String summary,
                         List<FieldChange> fields) {
    }

    /** One field of a changed record, before and after. */
    public record FieldChange(String field, String before, String after) {
    }
}
