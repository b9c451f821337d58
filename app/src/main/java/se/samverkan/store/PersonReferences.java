package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.DEMAND_PERSON;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING_ATTENDEE;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.APP_META;
import static se.samverkan.store.jooq.Tables.NETWORK_PIN;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.STAKEHOLDER_ASSESSMENT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Everything that points at a person, moved to another person when two are merged: relationships, interaction
 * participation (and with it the follow-ups), seats, meeting attendance, stakeholder assessments, political offices,
 * political demands and the map pin. Rows that would become duplicates or a relationship with oneself are dropped.
 * Runs inside the caller's transaction.
 */
final class PersonReferences {

    private final DSLContext dsl;

    PersonReferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Moves the references of person {@code from} to person {@code to}; returns how many rows now point at {@code to}. */
    int move(long from, long to) {
        int moved = 0;
        // A relationship between the two would become one with oneself.
        dsl.deleteFrom(RELATIONSHIP).where(RELATIONSHIP.FROM_PERSON_ID.eq(from).and(RELATIONSHIP.TO_PERSON_ID.eq(to))
                .or(RELATIONSHIP.FROM_PERSON_ID.eq(to).and(RELATIONSHIP.TO_PERSON_ID.eq(from)))).execute();
        moved += dsl.update(RELATIONSHIP).set(RELATIONSHIP.FROM_PERSON_ID, to).where(RELATIONSHIP.FROM_PERSON_ID.eq(from)).execute();
        moved += dsl.update(RELATIONSHIP).set(RELATIONSHIP.TO_PERSON_ID, to).where(RELATIONSHIP.TO_PERSON_ID.eq(from)).execute();

        dsl.deleteFrom(INTERACTION_PARTICIPANT).where(INTERACTION_PARTICIPANT.PERSON_ID.eq(from)
                .and(INTERACTION_PARTICIPANT.INTERACTION_ID.in(DSL.select(INTERACTION_PARTICIPANT.INTERACTION_ID)
                        .from(INTERACTION_PARTICIPANT).where(INTERACTION_PARTICIPANT.PERSON_ID.eq(to))))).execute();
        moved += dsl.update(INTERACTION_PARTICIPANT).set(INTERACTION_PARTICIPANT.PERSON_ID, to)
                .where(INTERACTION_PARTICIPANT.PERSON_ID.eq(from)).execute();

        dsl.deleteFrom(FORUM_MEETING_ATTENDEE).where(FORUM_MEETING_ATTENDEE.PERSON_ID.eq(from)
                .and(FORUM_MEETING_ATTENDEE.MEETING_ID.in(DSL.select(FORUM_MEETING_ATTENDEE.MEETING_ID)
                        .from(FORUM_MEETING_ATTENDEE).where(FORUM_MEETING_ATTENDEE.PERSON_ID.eq(to))))).execute();
        moved += dsl.update(FORUM_MEETING_ATTENDEE).set(FORUM_MEETING_ATTENDEE.PERSON_ID, to)
                .where(FORUM_MEETING_ATTENDEE.PERSON_ID.eq(from)).execute();

        dsl.deleteFrom(DEMAND_PERSON).where(DEMAND_PERSON.PERSON_ID.eq(from)
                .and(DEMAND_PERSON.DEMAND_ID.in(DSL.select(DEMAND_PERSON.DEMAND_ID)
                        .from(DEMAND_PERSON).where(DEMAND_PERSON.PERSON_ID.eq(to))))).execute();
        moved += dsl.update(DEMAND_PERSON).set(DEMAND_PERSON.PERSON_ID, to).where(DEMAND_PERSON.PERSON_ID.eq(from)).execute();

        moved += dsl.update(SEAT).set(SEAT.PERSON_ID, to).where(SEAT.PERSON_ID.eq(from)).execute();
        moved += dsl.update(STAKEHOLDER_ASSESSMENT).set(STAKEHOLDER_ASSESSMENT.PERSON_ID, to)
                .where(STAKEHOLDER_ASSESSMENT.PERSON_ID.eq(from)).execute();
        moved += dsl.update(POLITICAL_OFFICE).set(POLITICAL_OFFICE.PERSON_ID, to)
                .where(POLITICAL_OFFICE.PERSON_ID.eq(from)).execute();

        // One pin per person: the kept person's own pin wins.
        if (dsl.fetchExists(NETWORK_PIN, NETWORK_PIN.PERSON_ID.eq(to))) {
            dsl.deleteFrom(NETWORK_PIN).where(NETWORK_PIN.PERSON_ID.eq(from)).execute();
        } else {
            moved += dsl.update(NETWORK_PIN).set(NETWORK_PIN.PERSON_ID, to).where(NETWORK_PIN.PERSON_ID.eq(from)).execute();
        }
        // The map's "Jag" follows the person into the kept record.
        moved += dsl.update(APP_META).set(APP_META.META_VALUE, String.valueOf(to))
                .where(APP_META.META_KEY.eq(NetworkMapRepository.ME_KEY).and(APP_META.META_VALUE.eq(String.valueOf(from))))
                .execute();
        return moved;
    }
}
