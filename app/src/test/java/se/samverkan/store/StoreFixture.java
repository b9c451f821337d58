package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.DEMAND_PERSON;
import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING_ATTENDEE;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.STAKEHOLDER_ASSESSMENT;
import static se.samverkan.store.jooq.Tables.WORKSHOP;

import java.time.LocalDate;

/**
 * Inserts fictional test rows straight through jOOQ, for tests of the read models (the write repositories for
 * these tables belong to later areas). Lives in the store package so it may use the session's DSL.
 */
public final class StoreFixture {

    private final StoreSession session;

    public StoreFixture(StoreSession session) {
        this.session = session;
    }

    public long organisation(String name, String actorType, String municipalityCode) {
        return session.dsl().insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.ACTOR_TYPE, actorType)
                .set(ORGANISATION.MUNICIPALITY_CODE, municipalityCode)
                .returning(ORGANISATION.ID).fetchOne().getId();
    }

    public long person(String first, String last, String email, Long organisationId, Boolean unionMember) {
        return session.dsl().insertInto(PERSON)
                .set(PERSON.FIRST_NAME, first)
                .set(PERSON.LAST_NAME, last)
                .set(PERSON.EMAIL, email)
                .set(PERSON.ORGANISATION_ID, organisationId)
                .set(PERSON.UNION_MEMBER, unionMember)
                .returning(PERSON.ID).fetchOne().getId();
    }

    public void politicalOffice(long personId, String body, String party) {
        session.dsl().insertInto(POLITICAL_OFFICE)
                .set(POLITICAL_OFFICE.PERSON_ID, personId)
                .set(POLITICAL_OFFICE.BODY, body)
                .set(POLITICAL_OFFICE.LEVEL, "MUNICIPALITY")
                .set(POLITICAL_OFFICE.PARTY, party)
                .execute();
    }

    public long forum(String name, String forumType) {
        return session.dsl().insertInto(FORUM)
                .set(FORUM.NAME, name)
                .set(FORUM.FORUM_TYPE, forumType)
                .set(FORUM.LEVEL, "REGION")
                .returning(FORUM.ID).fetchOne().getId();
    }

    public long seat(long forumId, long personId, String role, LocalDate from, LocalDate to) {
        return session.dsl().insertInto(SEAT)
                .set(SEAT.FORUM_ID, forumId)
                .set(SEAT.PERSON_ID, personId)
                .set(SEAT.REPRESENTS, "UNION")
                .set(SEAT.ROLE, role)
                .set(SEAT.TERM_FROM, from)
                .set(SEAT.TERM_TO, to)
                .returning(SEAT.ID).fetchOne().getId();
    }

    public long interaction(LocalDate on, String topic, long... personIds) {
        long id = session.dsl().insertInto(INTERACTION)
                .set(INTERACTION.OCCURRED_ON, on)
                .set(INTERACTION.KIND, "MEETING")
                .set(INTERACTION.TOPIC, topic)
                .returning(INTERACTION.ID).fetchOne().getId();
        for (long person : personIds) {
            session.dsl().insertInto(INTERACTION_PARTICIPANT)
                    .set(INTERACTION_PARTICIPANT.INTERACTION_ID, id)
                    .set(INTERACTION_PARTICIPANT.PERSON_ID, person)
                    .execute();
        }
        return id;
    }

    public long followUp(long interactionId, String description, LocalDate due, LocalDate doneOn) {
        return session.dsl().insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.INTERACTION_ID, interactionId)
                .set(FOLLOW_UP.DESCRIPTION, description)
                .set(FOLLOW_UP.DUE_DATE, due)
                .set(FOLLOW_UP.DONE_ON, doneOn)
                .returning(FOLLOW_UP.ID).fetchOne().getId();
    }

    public long workshop(String title, String type, String status, LocalDate heldOn, String municipalityCode) {
        return session.dsl().insertInto(WORKSHOP)
                .set(WORKSHOP.TITLE, title)
                .set(WORKSHOP.WORKSHOP_TYPE, type)
                .set(WORKSHOP.STATUS, status)
                .set(WORKSHOP.HELD_ON, heldOn)
                .set(WORKSHOP.MUNICIPALITY_CODE, municipalityCode)
                .returning(WORKSHOP.ID).fetchOne().getId();
    }

    public void personNotes(long personId, String notes) {
        session.dsl().update(PERSON).set(PERSON.NOTES, notes).where(PERSON.ID.eq(personId)).execute();
    }

    public void relationship(long fromPerson, long toPerson, String kind, String notes) {
        session.dsl().insertInto(RELATIONSHIP).set(RELATIONSHIP.FROM_PERSON_ID, fromPerson)
                .set(RELATIONSHIP.TO_PERSON_ID, toPerson).set(RELATIONSHIP.KIND, kind).set(RELATIONSHIP.STRENGTH, 4)
                .set(RELATIONSHIP.SINCE, LocalDate.of(2024, 3, 1)).set(RELATIONSHIP.NOTES, notes).execute();
    }

    public void assessment(long personId, int influence, int interest, String note) {
        session.dsl().insertInto(STAKEHOLDER_ASSESSMENT).set(STAKEHOLDER_ASSESSMENT.PERSON_ID, personId)
                .set(STAKEHOLDER_ASSESSMENT.INFLUENCE, influence).set(STAKEHOLDER_ASSESSMENT.INTEREST, interest)
                .set(STAKEHOLDER_ASSESSMENT.ASSESSED_ON, LocalDate.of(2026, 2, 3))
                .set(STAKEHOLDER_ASSESSMENT.NOTE, note).execute();
    }

    /** A forum meeting on {@code date} with these people attending. */
    public long meeting(long forumId, LocalDate date, long... personIds) {
        long id = session.dsl().insertInto(FORUM_MEETING).set(FORUM_MEETING.FORUM_ID, forumId)
                .set(FORUM_MEETING.MEETING_DATE, date).returning(FORUM_MEETING.ID).fetchOne().getId();
        for (long person : personIds) {
            session.dsl().insertInto(FORUM_MEETING_ATTENDEE).set(FORUM_MEETING_ATTENDEE.MEETING_ID, id)
                    .set(FORUM_MEETING_ATTENDEE.PERSON_ID, person).execute();
        }
        return id;
    }

    /** A local political demand of branch {@code branchId} in the social-care area, linked to these people. */
    public long demand(String title, long branchId, long... personIds) {
        long id = session.dsl().insertInto(POLITICAL_DEMAND).set(POLITICAL_DEMAND.TITLE, title)
                .set(POLITICAL_DEMAND.POLICY_AREA, "SOCIAL_CARE").set(POLITICAL_DEMAND.LEVEL, "MUNICIPALITY")
                .set(POLITICAL_DEMAND.BRANCH_ID, branchId).set(POLITICAL_DEMAND.STATUS, "DRIVEN")
                .set(POLITICAL_DEMAND.RAISED_ON, LocalDate.of(2026, 4, 1))
                .returning(POLITICAL_DEMAND.ID).fetchOne().getId();
        for (long person : personIds) {
            session.dsl().insertInto(DEMAND_PERSON).set(DEMAND_PERSON.DEMAND_ID, id).set(DEMAND_PERSON.PERSON_ID, person)
                    .execute();
        }
        return id;
    }

    public void facilitator(long workshopId, String facilitator) {
        session.dsl().update(WORKSHOP).set(WORKSHOP.FACILITATOR, facilitator).where(WORKSHOP.ID.eq(workshopId)).execute();
    }

    public void responsible(long followUpId, String responsible) {
        session.dsl().update(FOLLOW_UP).set(FOLLOW_UP.RESPONSIBLE, responsible).where(FOLLOW_UP.ID.eq(followUpId))
                .execute();
    }
}
