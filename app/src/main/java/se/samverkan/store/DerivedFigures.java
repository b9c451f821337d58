package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ACTOR_TYPE;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.impl.DSL;
import se.samverkan.domain.FigureValue;

/** Counts the derived indicators' figures from the records, for every branch, over a date range. Read only. */
public final class DerivedFigures {

    /** Workshops held in the period, for each invited branch. */
    public static final String WORKSHOPS_HELD = "WORKSHOPS_HELD";
    /** Participants (women, men, other) of the workshops held in the period, per participating branch. */
    public static final String WORKSHOP_PARTICIPANTS = "WORKSHOP_PARTICIPANTS";
    /** Workshops held in the period that invited two or more branches, for each invited branch. */
    public static final String JOINT_BRANCH_WORKSHOPS = "JOINT_BRANCH_WORKSHOPS";
    /** Granted, running or closed structural-fund projects with a union role, overlapping the period. */
    public static final String FUNDING_PROJECTS = "FUNDING_PROJECTS";
    /** Workplaces of the branch whose change work started in the period. */
    public static final String WORKPLACES_CHANGE_WORK = "WORKPLACES_CHANGE_WORK";
    /** Political demands driven (or already decided or implemented) during the period. */
    public static final String DEMANDS_DRIVEN = "DEMANDS_DRIVEN";
    /** Political demands decided in the period. */
    public static final String DEMANDS_DECIDED = "DEMANDS_DECIDED";
    /** Union members of the branch holding an elected office during the period. */
    public static final String ELECTED_OFFICES = "ELECTED_OFFICES";
    /** Forums with a seat representing the branch during the period. */
    public static final String FORUMS_WITH_SEAT = "FORUMS_WITH_SEAT";
    /** Of the forums with a seat, those the union initiated. */
    public static final String FORUMS_INITIATED = "FORUMS_INITIATED";
    /** Public organisations that took part in the branch's interactions in the period. */
    public static final String ACTIVE_PUBLIC_ACTORS = "ACTIVE_PUBLIC_ACTORS";

    /** The rules this class counts, as in indicator.derived_rule. */
    public static final Set<String> RULES = Set.of(WORKSHOPS_HELD, WORKSHOP_PARTICIPANTS, JOINT_BRANCH_WORKSHOPS,
            FUNDING_PROJECTS, WORKPLACES_CHANGE_WORK, DEMANDS_DRIVEN, DEMANDS_DECIDED, ELECTED_OFFICES,
            FORUMS_WITH_SEAT, FORUMS_INITIATED, ACTIVE_PUBLIC_ACTORS);

    private final DSLContext dsl;

    DerivedFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * rule's figure for each branch from {@code from} to {@code to} (both inclusive): every branch in the
     * branch table is a key (FigureValue.ZERO when nothing counted). Throws IllegalArgumentException for an unknown rule.
     */
    public Map<Long, FigureValue> byBranch(String rule, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        // Checked before any query so that a misspelt rule fails the same way on an empty database.
        if (rule == null || !RULES.contains(rule)) {
            throw new IllegalArgumentException("Unknown derived rule: " + rule);
        }
        // Every branch is a key, so the dashboard can show a zero instead of a hole for a branch with no records.
        Map<Long, FigureValue> result = new HashMap<>();
        for (Long branch : dsl.select(BRANCH.ID).from(BRANCH).fetch(BRANCH.ID)) {
            result.put(branch, FigureValue.ZERO);
        }
        if (rule.equals(WORKSHOP_PARTICIPANTS)) {
            participants(from, to, result);
        } else {
            // One grouped query per rule: the dashboard asks for all branches × all rules at once.
            counts(rule, from, to).forEach(r -> {
                if (r.value1() != null && result.containsKey(r.value1())) {
                    result.put(r.value1(), FigureValue.of(r.value2()));
                }
            });
        }
        return result;
    }

    /** (branch id, count) rows of a counting rule; branches without anything counted have no row. */
    private ResultQuery<Record2<Long, Integer>> counts(String rule, LocalDate from, LocalDate to) {
        return switch (rule) {
            case WORKSHOPS_HELD -> dsl.select(WORKSHOP_BRANCH.BRANCH_ID, DSL.count())
                    .from(WORKSHOP_BRANCH)
                    .join(WORKSHOP).on(WORKSHOP.ID.eq(WORKSHOP_BRANCH.WORKSHOP_ID))
                    .where(heldIn(from, to))
                    .groupBy(WORKSHOP_BRANCH.BRANCH_ID);
            case JOINT_BRANCH_WORKSHOPS -> dsl.select(WORKSHOP_BRANCH.BRANCH_ID, DSL.count())
                    .from(WORKSHOP_BRANCH)
                    .join(WORKSHOP).on(WORKSHOP.ID.eq(WORKSHOP_BRANCH.WORKSHOP_ID))
                    .where(heldIn(from, to))
                    .and(WORKSHOP.ID.in(jointWorkshops()))
                    .groupBy(WORKSHOP_BRANCH.BRANCH_ID);
            // funding_project_branch has (project, branch) as its key, so count(*) counts distinct projects.
            case FUNDING_PROJECTS -> dsl.select(FUNDING_PROJECT_BRANCH.BRANCH_ID, DSL.count())
                    .from(FUNDING_PROJECT_BRANCH)
                    .join(FUNDING_PROJECT).on(FUNDING_PROJECT.ID.eq(FUNDING_PROJECT_BRANCH.PROJECT_ID))
                    .where(FUNDING_PROJECT.UNION_ROLE.ne("NONE"))
                    .and(FUNDING_PROJECT.STATUS.in("GRANTED", "RUNNING", "CLOSED"))
                    .and(overlaps(FUNDING_PROJECT.PERIOD_FROM, FUNDING_PROJECT.PERIOD_TO, from, to))
                    .groupBy(FUNDING_PROJECT_BRANCH.BRANCH_ID);
            case WORKPLACES_CHANGE_WORK -> dsl.select(WORKPLACE.BRANCH_ID, DSL.count())
                    .from(WORKPLACE)
                    .where(WORKPLACE.BRANCH_ID.isNotNull())
                    .and(WORKPLACE.CHANGE_WORK_STARTED.between(from, to))
                    .groupBy(WORKPLACE.BRANCH_ID);
            // A demand counts as driven in every period from its raising until its decision; decided demands
            // keep counting for the period they were decided in (the driving led there).
            case DEMANDS_DRIVEN -> dsl.select(POLITICAL_DEMAND.BRANCH_ID, DSL.count())
                    .from(POLITICAL_DEMAND)
                    .where(POLITICAL_DEMAND.STATUS.in("DRIVEN", "DECIDED", "IMPLEMENTED"))
                    .and(POLITICAL_DEMAND.RAISED_ON.isNull().or(POLITICAL_DEMAND.RAISED_ON.le(to)))
                    .and(POLITICAL_DEMAND.DECIDED_ON.isNull().or(POLITICAL_DEMAND.DECIDED_ON.ge(from)))
                    .groupBy(POLITICAL_DEMAND.BRANCH_ID);
            case DEMANDS_DECIDED -> dsl.select(POLITICAL_DEMAND.BRANCH_ID, DSL.count())
                    .from(POLITICAL_DEMAND)
                    .where(POLITICAL_DEMAND.STATUS.in("DECIDED", "IMPLEMENTED"))
                    .and(POLITICAL_DEMAND.DECIDED_ON.between(from, to))
                    .groupBy(POLITICAL_DEMAND.BRANCH_ID);
            // Distinct persons: a member with two offices is one member holding office (the 1 % goal counts people).
            case ELECTED_OFFICES -> dsl.select(PERSON.BRANCH_ID, DSL.countDistinct(PERSON.ID))
                    .from(PERSON)
                    .join(POLITICAL_OFFICE).on(POLITICAL_OFFICE.PERSON_ID.eq(PERSON.ID))
                    .where(PERSON.BRANCH_ID.isNotNull())
                    .and(PERSON.UNION_MEMBER.isTrue())
                    .and(overlaps(POLITICAL_OFFICE.TERM_FROM, POLITICAL_OFFICE.TERM_TO, from, to))
                    .groupBy(PERSON.BRANCH_ID);
            case FORUMS_WITH_SEAT -> forumsWithSeat(from, to, DSL.noCondition());
            case FORUMS_INITIATED -> forumsWithSeat(from, to, FORUM.UNION_INITIATED.isTrue());
            case ACTIVE_PUBLIC_ACTORS -> activePublicActors(from, to);
            default -> throw new IllegalArgumentException("Unknown derived rule: " + rule);
        };
    }

    /** Sums the participation rows of each branch over the workshops held in the period. */
    private void participants(LocalDate from, LocalDate to, Map<Long, FigureValue> result) {
        // Participation is summed by the participating branch, invited or not: its people were trained all the same.
        var women = DSL.sum(PARTICIPATION.WOMEN);
        var men = DSL.sum(PARTICIPATION.MEN);
        var other = DSL.sum(PARTICIPATION.OTHER);
        dsl.select(PARTICIPATION.BRANCH_ID, women, men, other)
                .from(PARTICIPATION)
                .join(WORKSHOP).on(WORKSHOP.ID.eq(PARTICIPATION.WORKSHOP_ID))
                .where(heldIn(from, to))
                .groupBy(PARTICIPATION.BRANCH_ID)
                .forEach(r -> {
                    if (result.containsKey(r.value1())) {
                        result.put(r.value1(), FigureValue.split(r.get(women).longValue(), r.get(men).longValue(),
                                r.get(other).longValue()));
                    }
                });
    }

    private static Condition heldIn(LocalDate from, LocalDate to) {
        // Only held workshops count: ideas, plans and cancellations trained nobody.
        return WORKSHOP.STATUS.eq("HELD").and(WORKSHOP.HELD_ON.between(from, to));
    }

    /** Ids of the workshops that invited two or more branches. */
    private static Select<Record1<Long>> jointWorkshops() {
        var wb = WORKSHOP_BRANCH.as("wb_joint");
        return DSL.select(wb.WORKSHOP_ID).from(wb).groupBy(wb.WORKSHOP_ID).having(DSL.count().ge(2));
    }

    /** An open-ended term [start, end] (null = unbounded) that shares at least one day with [from, to]. */
    private static Condition overlaps(Field<LocalDate> start, Field<LocalDate> end, LocalDate from, LocalDate to) {
        return start.isNull().or(start.le(to)).and(end.isNull().or(end.ge(from)));
    }

    /**
     * Distinct forums per represented branch with a seat overlapping the period. A BRANCH seat represents its
     * represents_branch_id; a UNION seat represents the branch of the person holding it; LO and OTHER seats
     * represent no branch.
     */
    private ResultQuery<Record2<Long, Integer>> forumsWithSeat(LocalDate from, LocalDate to, Condition forumFilter) {
        // The represented branch is worked out in a derived table and grouped outside it: H2 refuses to group by a
        // CASE with bind values, as it cannot see that the select's CASE is the same expression.
        Field<Long> represented = DSL.when(SEAT.REPRESENTS.eq("BRANCH"), SEAT.REPRESENTS_BRANCH_ID)
                .when(SEAT.REPRESENTS.eq("UNION"), PERSON.BRANCH_ID).as("represented_branch");
        var seats = DSL.select(SEAT.FORUM_ID, represented)
                .from(SEAT)
                .join(PERSON).on(PERSON.ID.eq(SEAT.PERSON_ID))
                .join(FORUM).on(FORUM.ID.eq(SEAT.FORUM_ID))
                .where(SEAT.TERM_FROM.le(to))
                .and(SEAT.TERM_TO.isNull().or(SEAT.TERM_TO.ge(from)))
                .and(forumFilter)
                .asTable("represented_seat");
        Field<Long> branch = seats.field(represented);
        return dsl.select(branch, DSL.countDistinct(seats.field(SEAT.FORUM_ID)))
                .from(seats)
                .where(branch.isNotNull())
                .groupBy(branch);
    }

    /**
     * Distinct public organisations per interaction branch: an organisation taking part itself, or through a
     * participating person who works there. A person without an organisation adds nothing.
     */
    private ResultQuery<Record2<Long, Integer>> activePublicActors(LocalDate from, LocalDate to) {
        Field<Long> organisation = DSL.coalesce(INTERACTION_PARTICIPANT.ORGANISATION_ID, PERSON.ORGANISATION_ID);
        return dsl.select(INTERACTION.BRANCH_ID, DSL.countDistinct(ORGANISATION.ID))
                .from(INTERACTION)
                .join(INTERACTION_PARTICIPANT).on(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(INTERACTION_PARTICIPANT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(organisation))
                .join(ACTOR_TYPE).on(ACTOR_TYPE.CODE.eq(ORGANISATION.ACTOR_TYPE))
                .where(INTERACTION.OCCURRED_ON.between(from, to))
                .and(INTERACTION.BRANCH_ID.isNotNull())
                .and(ACTOR_TYPE.IS_PUBLIC.isTrue())
                .groupBy(INTERACTION.BRANCH_ID);
    }
}
