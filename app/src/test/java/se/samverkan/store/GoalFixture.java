package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT_BRANCH;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PARTICIPATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.WORKPLACE;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_BRANCH;

import java.time.LocalDate;

/** Fictional records behind the derived goal indicators, inserted straight through jOOQ for the counting tests. */
public final class GoalFixture {

    private final StoreSession session;

    public GoalFixture(StoreSession session) {
        this.session = session;
    }

    public long branch(int number, String name) {
        return session.dsl().insertInto(BRANCH).set(BRANCH.NUMBER, number).set(BRANCH.NAME, name)
                .set(BRANCH.NUTS_CODE, "SE21").returning(BRANCH.ID).fetchOne().getId();
    }

    /** A workshop of the given status and date (null for an idea) inviting the given branches. */
    public long workshop(String status, LocalDate heldOn, long... invitedBranches) {
        long id = session.dsl().insertInto(WORKSHOP).set(WORKSHOP.TITLE, "Testworkshop")
                .set(WORKSHOP.WORKSHOP_TYPE, "SUSTAINABLE_WORK").set(WORKSHOP.STATUS, status)
                .set(WORKSHOP.HELD_ON, heldOn).returning(WORKSHOP.ID).fetchOne().getId();
        for (long branch : invitedBranches) {
            session.dsl().insertInto(WORKSHOP_BRANCH).set(WORKSHOP_BRANCH.WORKSHOP_ID, id)
                    .set(WORKSHOP_BRANCH.BRANCH_ID, branch).execute();
        }
        return id;
    }

    public void participation(long workshopId, long branchId, int women, int men, int other) {
        session.dsl().insertInto(PARTICIPATION).set(PARTICIPATION.WORKSHOP_ID, workshopId)
                .set(PARTICIPATION.BRANCH_ID, branchId).set(PARTICIPATION.WOMEN, women).set(PARTICIPATION.MEN, men)
                .set(PARTICIPATION.OTHER, other).execute();
    }

    /** A structural-fund project linked to the given branches. */
    public long fundingProject(String status, String unionRole, LocalDate from, LocalDate to, long... branches) {
        long id = session.dsl().insertInto(FUNDING_PROJECT).set(FUNDING_PROJECT.NAME, "Testprojekt")
                .set(FUNDING_PROJECT.FUND, "ESF_PLUS").set(FUNDING_PROJECT.STATUS, status)
                .set(FUNDING_PROJECT.UNION_ROLE, unionRole).set(FUNDING_PROJECT.PERIOD_FROM, from)
                .set(FUNDING_PROJECT.PERIOD_TO, to).returning(FUNDING_PROJECT.ID).fetchOne().getId();
        for (long branch : branches) {
            session.dsl().insertInto(FUNDING_PROJECT_BRANCH).set(FUNDING_PROJECT_BRANCH.PROJECT_ID, id)
                    .set(FUNDING_PROJECT_BRANCH.BRANCH_ID, branch).execute();
        }
        return id;
    }

    public long workplace(Long branchId, LocalDate changeWorkStarted) {
        return session.dsl().insertInto(WORKPLACE).set(WORKPLACE.NAME, "Testverkstaden AB")
                .set(WORKPLACE.BRANCH_ID, branchId).set(WORKPLACE.CHANGE_WORK_STARTED, changeWorkStarted)
                .returning(WORKPLACE.ID).fetchOne().getId();
    }

    public long demand(long branchId, String status, LocalDate raisedOn, LocalDate decidedOn) {
        return session.dsl().insertInto(POLITICAL_DEMAND).set(POLITICAL_DEMAND.TITLE, "Testkrav")
                .set(POLITICAL_DEMAND.POLICY_AREA, "SOCIAL_CARE").set(POLITICAL_DEMAND.LEVEL, "MUNICIPALITY")
                .set(POLITICAL_DEMAND.BRANCH_ID, branchId).set(POLITICAL_DEMAND.STATUS, status)
                .set(POLITICAL_DEMAND.RAISED_ON, raisedOn).set(POLITICAL_DEMAND.DECIDED_ON, decidedOn)
                .returning(POLITICAL_DEMAND.ID).fetchOne().getId();
    }

    public long person(Long branchId, Boolean unionMember, Long organisationId) {
        return session.dsl().insertInto(PERSON).set(PERSON.FIRST_NAME, "Test").set(PERSON.LAST_NAME, "Testsson")
                .set(PERSON.BRANCH_ID, branchId).set(PERSON.UNION_MEMBER, unionMember)
                .set(PERSON.ORGANISATION_ID, organisationId).returning(PERSON.ID).fetchOne().getId();
    }

    public void office(long personId, LocalDate termFrom, LocalDate termTo) {
        session.dsl().insertInto(POLITICAL_OFFICE).set(POLITICAL_OFFICE.PERSON_ID, personId)
                .set(POLITICAL_OFFICE.BODY, "Kommunfullmäktige i Testkommun").set(POLITICAL_OFFICE.LEVEL, "MUNICIPALITY")
                .set(POLITICAL_OFFICE.TERM_FROM, termFrom).set(POLITICAL_OFFICE.TERM_TO, termTo).execute();
    }

    public long forum(boolean unionInitiated) {
        return session.dsl().insertInto(FORUM).set(FORUM.NAME, "Testforum").set(FORUM.FORUM_TYPE, "INDUSTRY_COUNCIL")
                .set(FORUM.LEVEL, "REGION").set(FORUM.UNION_INITIATED, unionInitiated)
                .returning(FORUM.ID).fetchOne().getId();
    }

    public void seat(long forumId, long personId, String represents, Long representsBranchId, LocalDate from,
                     LocalDate to) {
        session.dsl().insertInto(SEAT).set(SEAT.FORUM_ID, forumId).set(SEAT.PERSON_ID, personId)
                .set(SEAT.REPRESENTS, represents).set(SEAT.REPRESENTS_BRANCH_ID, representsBranchId)
                .set(SEAT.ROLE, "ORDINARY").set(SEAT.TERM_FROM, from).set(SEAT.TERM_TO, to).execute();
    }

    public long organisation(String actorType) {
        return session.dsl().insertInto(ORGANISATION).set(ORGANISATION.NAME, "Testorganisation " + actorType)
                .set(ORGANISATION.ACTOR_TYPE, actorType).returning(ORGANISATION.ID).fetchOne().getId();
    }

    /** An interaction of a branch (or none) with participating persons and organisations. */
    public long interaction(Long branchId, LocalDate on, long[] personIds, long... organisationIds) {
        long id = session.dsl().insertInto(INTERACTION).set(INTERACTION.OCCURRED_ON, on)
                .set(INTERACTION.KIND, "MEETING").set(INTERACTION.TOPIC, "Testmöte")
                .set(INTERACTION.BRANCH_ID, branchId).returning(INTERACTION.ID).fetchOne().getId();
        for (long person : personIds) {
            session.dsl().insertInto(INTERACTION_PARTICIPANT).set(INTERACTION_PARTICIPANT.INTERACTION_ID, id)
                    .set(INTERACTION_PARTICIPANT.PERSON_ID, person).execute();
        }
        for (long organisation : organisationIds) {
            session.dsl().insertInto(INTERACTION_PARTICIPANT).set(INTERACTION_PARTICIPANT.INTERACTION_ID, id)
                    .set(INTERACTION_PARTICIPANT.ORGANISATION_ID, organisation).execute();
        }
        return id;
    }

    /** Free-text notes on an interaction (what a report must leave out). */
    public void interactionNotes(long interactionId, String notes) {
        session.dsl().update(INTERACTION).set(INTERACTION.NOTES, notes).where(INTERACTION.ID.eq(interactionId))
                .execute();
    }
}
