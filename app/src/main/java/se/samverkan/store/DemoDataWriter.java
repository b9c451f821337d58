package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.AGENDA_ITEM;
import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.BRANCH_COUNTY;
import static se.samverkan.store.jooq.Tables.BRANCH_MEMBERSHIP;
import static se.samverkan.store.jooq.Tables.BUDGET_LINE;
import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.OUTCOME;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.STAKEHOLDER_ASSESSMENT;
import static se.samverkan.store.jooq.Tables.TARGET;
import static se.samverkan.store.jooq.Tables.WORKSHOP;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import se.samverkan.domain.ActiveMembers;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Participant;
import se.samverkan.domain.Person;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.StakeholderAssessment;

/**
 * Bulk writer for the generated demo data set: the organisation and network tables. Rows carry their own ids (the
 * generator assigns them so foreign keys are known before anything is written); {@link #restartIdentities()} moves
 * the identity columns past them afterwards. Writes in the caller's transaction, one JDBC batch per call, and audits
 * nothing per row: the service records one bulk entry through {@link #recordDemo}.
 */
public final class DemoDataWriter {

    /** Every table whose ids the generator assigns; their identity columns must restart above the largest id. */
    private static final List<TableField<?, Long>> ASSIGNED_IDS = List.of(BRANCH.ID, ORGANISATION.ID, PERSON.ID,
            POLITICAL_OFFICE.ID, RELATIONSHIP.ID, STAKEHOLDER_ASSESSMENT.ID, INTERACTION.ID, FOLLOW_UP.ID, FORUM.ID,
            SEAT.ID, FORUM_MEETING.ID, WORKSHOP.ID, AGENDA_ITEM.ID, TARGET.ID, OUTCOME.ID, POLITICAL_DEMAND.ID,
            FUNDING_PROJECT.ID, BUDGET_LINE.ID);

    private final DSLContext dsl;
    private final AuditLog audit;

    DemoDataWriter(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public void branches(List<Branch> branches) {
        BatchInsert.rows(dsl, BRANCH, List.of(BRANCH.ID, BRANCH.NUMBER, BRANCH.NAME, BRANCH.NUTS_CODE, BRANCH.JOINED_YEAR,
                BRANCH.NOTES), branches, b -> new Object[] {b.id(), b.number(), b.name(), b.nutsCode(), b.joinedYear(), b.notes()});
        List<Object[]> counties = new ArrayList<>();
        branches.forEach(b -> b.countyCodes().forEach(c -> counties.add(new Object[] {b.id(), c})));
        BatchInsert.rows(dsl, BRANCH_COUNTY, List.of(BRANCH_COUNTY.BRANCH_ID, BRANCH_COUNTY.COUNTY_CODE), counties, r -> r);
    }

    public void activeMembers(List<ActiveMembers> rows) {
        BatchInsert.rows(dsl, BRANCH_MEMBERSHIP, List.of(BRANCH_MEMBERSHIP.BRANCH_ID, BRANCH_MEMBERSHIP.MEMBER_YEAR,
                BRANCH_MEMBERSHIP.ACTIVE_MEMBERS), rows, m -> new Object[] {m.branchId(), m.year(), m.members()});
    }

    public void organisations(List<Organisation> rows) {
        BatchInsert.rows(dsl, ORGANISATION, List.of(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ACTOR_TYPE,
                ORGANISATION.COUNTY_CODE, ORGANISATION.MUNICIPALITY_CODE, ORGANISATION.EMAIL, ORGANISATION.PHONE,
                ORGANISATION.WEBSITE), rows, o -> new Object[] {o.id(), o.name(), o.actorType(), o.countyCode(),
                o.municipalityCode(), o.email(), o.phone(), o.website()});
    }

    public void people(List<Person> rows) {
        BatchInsert.rows(dsl, PERSON, List.of(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.TITLE,
                PERSON.ORGANISATION_ID, PERSON.BRANCH_ID, PERSON.EMAIL, PERSON.PHONE, PERSON.COUNTY_CODE,
                PERSON.MUNICIPALITY_CODE, PERSON.UNION_MEMBER, PERSON.UNION_ROLE, PERSON.VERIFY_BY), rows,
                p -> new Object[] {p.id(), p.firstName(), p.lastName(), p.title(), p.organisationId(), p.branchId(),
                        p.email(), p.phone(), p.countyCode(), p.municipalityCode(), p.unionMember(), p.unionRole(),
                        p.verifyBy()});
    }

    public void politicalOffices(List<PoliticalOffice> rows) {
        BatchInsert.rows(dsl, POLITICAL_OFFICE, List.of(POLITICAL_OFFICE.ID, POLITICAL_OFFICE.PERSON_ID,
                POLITICAL_OFFICE.BODY, POLITICAL_OFFICE.LEVEL, POLITICAL_OFFICE.PARTY, POLITICAL_OFFICE.MUNICIPALITY_CODE,
                POLITICAL_OFFICE.COUNTY_CODE, POLITICAL_OFFICE.ROLE, POLITICAL_OFFICE.TERM_FROM, POLITICAL_OFFICE.TERM_TO),
                rows, o -> new Object[] {o.id(), o.personId(), o.body(), o.level(), o.party(), o.municipalityCode(),
                        o.countyCode(), o.role(), o.termFrom(), o.termTo()});
    }

    public void relationships(List<Relationship> rows) {
        BatchInsert.rows(dsl, RELATIONSHIP, List.of(RELATIONSHIP.ID, RELATIONSHIP.FROM_PERSON_ID, RELATIONSHIP.FROM_ORG_ID,
                RELATIONSHIP.TO_PERSON_ID, RELATIONSHIP.TO_ORG_ID, RELATIONSHIP.KIND, RELATIONSHIP.STRENGTH,
                RELATIONSHIP.SINCE, RELATIONSHIP.OWNER_BRANCH_ID, RELATIONSHIP.ENDED_ON), rows, r -> new Object[] {r.id(),
                r.fromPersonId(), r.fromOrgId(), r.toPersonId(), r.toOrgId(), r.kind(), r.strength(), r.since(),
                r.ownerBranchId(), r.endedOn()});
    }

    public void assessments(List<StakeholderAssessment> rows) {
        BatchInsert.rows(dsl, STAKEHOLDER_ASSESSMENT, List.of(STAKEHOLDER_ASSESSMENT.ID, STAKEHOLDER_ASSESSMENT.PERSON_ID,
                STAKEHOLDER_ASSESSMENT.ORGANISATION_ID, STAKEHOLDER_ASSESSMENT.INFLUENCE, STAKEHOLDER_ASSESSMENT.INTEREST,
                STAKEHOLDER_ASSESSMENT.ASSESSED_ON, STAKEHOLDER_ASSESSMENT.NOTE), rows, a -> new Object[] {a.id(),
                a.personId(), a.organisationId(), a.influence(), a.interest(), a.assessedOn(), a.note()});
    }

    public void interactions(List<Interaction> rows) {
        BatchInsert.rows(dsl, INTERACTION, List.of(INTERACTION.ID, INTERACTION.OCCURRED_ON, INTERACTION.KIND,
                INTERACTION.TOPIC, INTERACTION.NOTES, INTERACTION.BRANCH_ID), rows, i -> new Object[] {i.id(),
                i.occurredOn(), i.kind(), i.topic(), i.notes(), i.branchId()});
    }

    public void participants(List<Participant> rows) {
        BatchInsert.rows(dsl, INTERACTION_PARTICIPANT, List.of(INTERACTION_PARTICIPANT.INTERACTION_ID,
                INTERACTION_PARTICIPANT.PERSON_ID, INTERACTION_PARTICIPANT.ORGANISATION_ID), rows,
                p -> new Object[] {p.interactionId(), p.personId(), p.organisationId()});
    }

    public void followUps(List<FollowUp> rows) {
        BatchInsert.rows(dsl, FOLLOW_UP, List.of(FOLLOW_UP.ID, FOLLOW_UP.INTERACTION_ID, FOLLOW_UP.FORUM_MEETING_ID,
                FOLLOW_UP.DESCRIPTION, FOLLOW_UP.DUE_DATE, FOLLOW_UP.DONE_ON, FOLLOW_UP.RESPONSIBLE), rows,
                f -> new Object[] {f.id(), f.interactionId(), f.forumMeetingId(), f.description(), f.dueDate(),
                        f.doneOn(), f.responsible()});
    }

    /** The forums, workshops, goals, demands and funding projects of the data set. */
    public DemoActivityWriter activities() {
        return new DemoActivityWriter(dsl);
    }

    /** One audit entry for the whole load; the summary holds counts only, never personal data. */
    public void recordDemo(String summary) {
        audit.recordBulk(AuditAction.DEMO, "demo", summary);
    }

    /**
     * Restarts every assigned-id identity column above its largest id, so records created later do not collide with
     * the demo's explicit ids. H2 commits the open transaction on ALTER TABLE, so call this last, after every insert
     * and the audit entry: it then completes the one transaction instead of splitting it.
     */
    public void restartIdentities() {
        for (TableField<?, Long> id : ASSIGNED_IDS) {
            Table<?> table = id.getTable();
            Long max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
            long next = max == null ? 1 : max + 1;
            dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN " + id.getName() + " RESTART WITH " + next);
        }
    }
}
