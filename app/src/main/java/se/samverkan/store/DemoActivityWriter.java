package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.AGENDA_ITEM;
import static se.samverkan.store.jooq.Tables.BUDGET_LINE;
import static se.samverkan.store.jooq.Tables.DEMAND_PERSON;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING_ATTENDEE;
import static se.samverkan.store.jooq.Tables.FUNDING_PARTNER;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT_BRANCH;
import static se.samverkan.store.jooq.Tables.FUNDING_TARGET;
import static se.samverkan.store.jooq.Tables.OUTCOME;
import static se.samverkan.store.jooq.Tables.PARTICIPATION;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.TARGET;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_BRANCH;
import static se.samverkan.store.jooq.Tables.WORKSHOP_GOAL;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Participation;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.domain.Seat;
import se.samverkan.domain.Target;
import se.samverkan.domain.Workshop;

/** Bulk writer for the demo's forums, workshops, goal follow-up, political demands and funding projects. */
public final class DemoActivityWriter {

    private final DSLContext dsl;

    DemoActivityWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void forums(List<Forum> rows) {
        BatchInsert.rows(dsl, FORUM, List.of(FORUM.ID, FORUM.NAME, FORUM.FORUM_TYPE, FORUM.LEVEL, FORUM.NUTS_CODE,
                FORUM.COUNTY_CODE, FORUM.MUNICIPALITY_CODE, FORUM.CONVENOR_ORG_ID, FORUM.MEETING_RHYTHM,
                FORUM.UNION_INITIATED), rows, f -> new Object[] {f.id(), f.name(), f.forumType(), f.level(),
                f.nutsCode(), f.countyCode(), f.municipalityCode(), f.convenorOrgId(), f.meetingRhythm(), f.unionInitiated()});
    }

    public void seats(List<Seat> rows) {
        BatchInsert.rows(dsl, SEAT, List.of(SEAT.ID, SEAT.FORUM_ID, SEAT.PERSON_ID, SEAT.REPRESENTS,
                SEAT.REPRESENTS_BRANCH_ID, SEAT.ROLE, SEAT.TERM_FROM, SEAT.TERM_TO), rows, s -> new Object[] {s.id(),
                s.forumId(), s.personId(), s.represents(), s.representsBranchId(), s.role(), s.termFrom(), s.termTo()});
    }

    public void forumMeetings(List<ForumMeeting> rows) {
        BatchInsert.rows(dsl, FORUM_MEETING, List.of(FORUM_MEETING.ID, FORUM_MEETING.FORUM_ID, FORUM_MEETING.MEETING_DATE,
                FORUM_MEETING.START_TIME, FORUM_MEETING.END_TIME, FORUM_MEETING.NOTES, FORUM_MEETING.DECISIONS), rows,
                m -> new Object[] {m.id(), m.forumId(), m.meetingDate(), m.startTime(), m.endTime(), m.notes(), m.decisions()});
        List<Object[]> attendees = new ArrayList<>();
        rows.forEach(m -> m.attendeeIds().forEach(p -> attendees.add(new Object[] {m.id(), p})));
        BatchInsert.rows(dsl, FORUM_MEETING_ATTENDEE, List.of(FORUM_MEETING_ATTENDEE.MEETING_ID,
                FORUM_MEETING_ATTENDEE.PERSON_ID), attendees, r -> r);
    }

    public void workshops(List<Workshop> rows) {
        BatchInsert.rows(dsl, WORKSHOP, List.of(WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.WORKSHOP_TYPE, WORKSHOP.STATUS,
                WORKSHOP.HELD_ON, WORKSHOP.START_TIME, WORKSHOP.END_TIME, WORKSHOP.MUNICIPALITY_CODE, WORKSHOP.ADDRESS,
                WORKSHOP.ONLINE_LINK, WORKSHOP.FACILITATOR, WORKSHOP.EVALUATION_NOTES), rows, w -> new Object[] {w.id(),
                w.title(), w.workshopType(), w.status(), w.heldOn(), w.startTime(), w.endTime(), w.municipalityCode(),
                w.address(), w.onlineLink(), w.facilitator(), w.evaluationNotes()});
        List<Object[]> branches = new ArrayList<>();
        List<Object[]> goals = new ArrayList<>();
        for (Workshop w : rows) {
            w.branchIds().forEach(b -> branches.add(new Object[] {w.id(), b}));
            w.operationalGoalIds().forEach(g -> goals.add(new Object[] {w.id(), g}));
        }
        BatchInsert.rows(dsl, WORKSHOP_BRANCH, List.of(WORKSHOP_BRANCH.WORKSHOP_ID, WORKSHOP_BRANCH.BRANCH_ID), branches, r -> r);
        BatchInsert.rows(dsl, WORKSHOP_GOAL, List.of(WORKSHOP_GOAL.WORKSHOP_ID, WORKSHOP_GOAL.OPERATIONAL_GOAL_ID), goals, r -> r);
    }

    public void agendaItems(List<AgendaItem> rows) {
        BatchInsert.rows(dsl, AGENDA_ITEM, List.of(AGENDA_ITEM.ID, AGENDA_ITEM.WORKSHOP_ID, AGENDA_ITEM.POSITION,
                AGENDA_ITEM.TITLE, AGENDA_ITEM.DURATION_MINUTES), rows, a -> new Object[] {a.id(), a.workshopId(),
                a.position(), a.title(), a.durationMinutes()});
    }

    public void participations(List<Participation> rows) {
        BatchInsert.rows(dsl, PARTICIPATION, List.of(PARTICIPATION.WORKSHOP_ID, PARTICIPATION.BRANCH_ID, PARTICIPATION.WOMEN,
                PARTICIPATION.MEN, PARTICIPATION.OTHER), rows, p -> new Object[] {p.workshopId(), p.branchId(), p.women(),
                p.men(), p.other()});
    }

    public void targets(List<Target> rows) {
        BatchInsert.rows(dsl, TARGET, List.of(TARGET.ID, TARGET.INDICATOR_ID, TARGET.BRANCH_ID, TARGET.PERIOD,
                TARGET.TARGET_VALUE, TARGET.VALUE_WOMEN, TARGET.VALUE_MEN), rows, t -> new Object[] {t.id(),
                t.indicatorId(), t.branchId(), t.period(), t.value(), t.women(), t.men()});
    }

    /** The project's cost per year for the demo (the demo load is audited once, as a whole). */
    public void projectCosts(java.util.Map<Integer, Long> costs) {
        costs.forEach((year, total) -> dsl.insertInto(se.samverkan.store.jooq.Tables.PROJECT_COST)
                .set(se.samverkan.store.jooq.Tables.PROJECT_COST.COST_YEAR, year)
                .set(se.samverkan.store.jooq.Tables.PROJECT_COST.TOTAL_SEK, total).execute());
    }

    /** Sets the value of demo targets already written (by id), after the records they are judged on exist. */
    public void targetValues(java.util.Map<Long, java.math.BigDecimal> values) {
        for (var e : values.entrySet()) {
            dsl.update(TARGET).set(TARGET.TARGET_VALUE, e.getValue()).where(TARGET.ID.eq(e.getKey())).execute();
        }
    }

    public void outcomes(List<Outcome> rows) {
        BatchInsert.rows(dsl, OUTCOME, List.of(OUTCOME.ID, OUTCOME.INDICATOR_ID, OUTCOME.BRANCH_ID, OUTCOME.PERIOD,
                OUTCOME.OUTCOME_VALUE, OUTCOME.VALUE_WOMEN, OUTCOME.VALUE_MEN, OUTCOME.SOURCE, OUTCOME.COMMENT), rows,
                o -> new Object[] {o.id(), o.indicatorId(), o.branchId(), o.period(), o.value(), o.women(), o.men(),
                        o.source(), o.comment()});
    }

    public void demands(List<PoliticalDemand> rows) {
        BatchInsert.rows(dsl, POLITICAL_DEMAND, List.of(POLITICAL_DEMAND.ID, POLITICAL_DEMAND.TITLE, POLITICAL_DEMAND.BODY,
                POLITICAL_DEMAND.POLICY_AREA, POLITICAL_DEMAND.LEVEL, POLITICAL_DEMAND.MUNICIPALITY_CODE,
                POLITICAL_DEMAND.COUNTY_CODE, POLITICAL_DEMAND.BRANCH_ID, POLITICAL_DEMAND.STATUS, POLITICAL_DEMAND.RAISED_ON,
                POLITICAL_DEMAND.DECIDED_ON), rows, d -> new Object[] {d.id(), d.title(), d.body(), d.policyArea(),
                d.level(), d.municipalityCode(), d.countyCode(), d.branchId(), d.status(), d.raisedOn(), d.decidedOn()});
        List<Object[]> people = new ArrayList<>();
        rows.forEach(d -> d.personIds().forEach(p -> people.add(new Object[] {d.id(), p})));
        BatchInsert.rows(dsl, DEMAND_PERSON, List.of(DEMAND_PERSON.DEMAND_ID, DEMAND_PERSON.PERSON_ID), people, r -> r);
    }

    public void fundingProjects(List<FundingProject> rows) {
        BatchInsert.rows(dsl, FUNDING_PROJECT, List.of(FUNDING_PROJECT.ID, FUNDING_PROJECT.NAME, FUNDING_PROJECT.FUND,
                FUNDING_PROJECT.PROGRAMME_AREA, FUNDING_PROJECT.CALL_NAME, FUNDING_PROJECT.APPLICATION_FROM,
                FUNDING_PROJECT.APPLICATION_TO, FUNDING_PROJECT.OWNER_ORG_ID, FUNDING_PROJECT.NUTS_CODE,
                FUNDING_PROJECT.STATUS, FUNDING_PROJECT.UNION_ROLE, FUNDING_PROJECT.UNION_TASKS,
                FUNDING_PROJECT.PERIOD_FROM, FUNDING_PROJECT.PERIOD_TO, FUNDING_PROJECT.EXTENDED_TO,
                FUNDING_PROJECT.ESF_PERCENT, FUNDING_PROJECT.NOTES), rows, p -> new Object[] {p.id(), p.name(),
                p.fund(), p.programmeArea(), p.callName(), p.applicationFrom(), p.applicationTo(), p.ownerOrgId(),
                p.nutsCode(), p.status(), p.unionRole(), p.unionTasks(), p.periodFrom(), p.periodTo(), p.extendedTo(),
                p.esfPercent(), p.notes()});
        List<Object[]> partners = new ArrayList<>();
        List<Object[]> branches = new ArrayList<>();
        List<Object[]> budget = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        for (FundingProject p : rows) {
            p.partners().forEach(f -> partners.add(new Object[] {p.id(), f.organisationId(), f.role()}));
            p.branchIds().forEach(b -> branches.add(new Object[] {p.id(), b}));
            int position = 0;
            for (var l : p.budgetLines()) {
                budget.add(new Object[] {l.id(), p.id(), position++, l.side(), l.kind(), l.label(), l.amountSek()});
            }
            position = 0;
            for (var t : p.targets()) {
                targets.add(new Object[] {p.id(), position++, t.measure(), t.countyCode(), t.targetWomen(),
                        t.targetMen(), t.targetTotal(), t.outcomeWomen(), t.outcomeMen(), t.outcomeTotal()});
            }
        }
        BatchInsert.rows(dsl, FUNDING_PARTNER, List.of(FUNDING_PARTNER.PROJECT_ID, FUNDING_PARTNER.ORGANISATION_ID,
                FUNDING_PARTNER.ROLE), partners, r -> r);
        BatchInsert.rows(dsl, FUNDING_PROJECT_BRANCH, List.of(FUNDING_PROJECT_BRANCH.PROJECT_ID,
                FUNDING_PROJECT_BRANCH.BRANCH_ID), branches, r -> r);
        BatchInsert.rows(dsl, BUDGET_LINE, List.of(BUDGET_LINE.ID, BUDGET_LINE.PROJECT_ID, BUDGET_LINE.POSITION,
                BUDGET_LINE.SIDE, BUDGET_LINE.KIND, BUDGET_LINE.LABEL, BUDGET_LINE.AMOUNT_SEK), budget, r -> r);
        // Target rows take their ids from the identity column: nothing else refers to them.
        BatchInsert.rows(dsl, FUNDING_TARGET, List.of(FUNDING_TARGET.PROJECT_ID, FUNDING_TARGET.POSITION,
                FUNDING_TARGET.MEASURE, FUNDING_TARGET.COUNTY_CODE, FUNDING_TARGET.TARGET_WOMEN,
                FUNDING_TARGET.TARGET_MEN, FUNDING_TARGET.TARGET_TOTAL, FUNDING_TARGET.OUTCOME_WOMEN,
                FUNDING_TARGET.OUTCOME_MEN, FUNDING_TARGET.OUTCOME_TOTAL), targets, r -> r);
    }
}
