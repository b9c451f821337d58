package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_TYPE;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PARTICIPATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_BRANCH;
import static se.samverkan.store.jooq.Tables.WORKSHOP_TYPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import se.samverkan.domain.BranchActivity;
import se.samverkan.domain.BranchActivity.KeyRelation;
import se.samverkan.domain.BranchActivity.MemberInOffice;
import se.samverkan.domain.BranchActivity.RecentInteraction;
import se.samverkan.domain.BranchActivity.Seat;
import se.samverkan.domain.BranchActivity.WorkshopLine;
import se.samverkan.store.jooq.tables.Organisation;
import se.samverkan.store.jooq.tables.Person;

/** Reads one branch's seats, workshops, relationships, interactions and members in office for its board report. */
public final class BranchActivityRepository {

    /** The most relationships and interactions a report lists: a board reads highlights, not the register. */
    public static final int MAX_RELATIONS = 15;
    public static final int MAX_INTERACTIONS = 15;
    private final DSLContext dsl;
    private final boolean english;

    BranchActivityRepository(DSLContext dsl, boolean english) {
        this.dsl = dsl;
        this.english = english;
    }

    /**
     * @param from         the period's first day
     * @param to           the period's last day
     * @param day          the day seats, relationships and offices are taken on
     * @param plannedUntil the last day of planned workshops to list after the period
     * @param withOffices  whether to read the members' political offices (special-category data)
     */
    public BranchActivity read(long branchId, LocalDate from, LocalDate to, LocalDate day, LocalDate plannedUntil,
                               boolean withOffices) {
        return new BranchActivity(seats(branchId, day), workshops(branchId, from, plannedUntil),
                relations(branchId, day), interactions(branchId, from, to),
                withOffices ? membersInOffice(branchId, day) : List.of());
    }

    private static Field<String> fullName(Person p) {
        return DSL.concat(p.FIRST_NAME, DSL.inline(" "), p.LAST_NAME);
    }

    private List<Seat> seats(long branchId, LocalDate day) {
        return dsl.select(FORUM.NAME, english ? FORUM_TYPE.NAME_EN : FORUM_TYPE.NAME_SV, fullName(PERSON), SEAT.ROLE,
                        SEAT.TERM_FROM, SEAT.TERM_TO)
                .from(SEAT)
                .join(FORUM).on(FORUM.ID.eq(SEAT.FORUM_ID))
                .join(FORUM_TYPE).on(FORUM_TYPE.CODE.eq(FORUM.FORUM_TYPE))
                .join(PERSON).on(PERSON.ID.eq(SEAT.PERSON_ID))
                .where(SEAT.REPRESENTS.eq("BRANCH")).and(SEAT.REPRESENTS_BRANCH_ID.eq(branchId))
                .and(SEAT.TERM_FROM.le(day)).and(SEAT.TERM_TO.isNull().or(SEAT.TERM_TO.ge(day)))
                .orderBy(FORUM.NAME, SEAT.ROLE, PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetch(r -> new Seat(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private List<WorkshopLine> workshops(long branchId, LocalDate from, LocalDate until) {
        return dsl.select(WORKSHOP.TITLE, english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV, WORKSHOP.STATUS,
                        WORKSHOP.HELD_ON, PARTICIPATION.WOMEN, PARTICIPATION.MEN, PARTICIPATION.OTHER)
                .from(WORKSHOP)
                .join(WORKSHOP_BRANCH).on(WORKSHOP_BRANCH.WORKSHOP_ID.eq(WORKSHOP.ID))
                .join(WORKSHOP_TYPE).on(WORKSHOP_TYPE.CODE.eq(WORKSHOP.WORKSHOP_TYPE))
                .leftJoin(PARTICIPATION).on(PARTICIPATION.WORKSHOP_ID.eq(WORKSHOP.ID))
                .and(PARTICIPATION.BRANCH_ID.eq(WORKSHOP_BRANCH.BRANCH_ID))
                .where(WORKSHOP_BRANCH.BRANCH_ID.eq(branchId))
                .and(WORKSHOP.STATUS.in("HELD", "PLANNED"))
                .and(WORKSHOP.HELD_ON.between(from, until))
                .orderBy(WORKSHOP.HELD_ON, WORKSHOP.TITLE)
                .fetch(r -> new WorkshopLine(r.value1(), r.value2(), r.value3(), r.value4(), zero(r.value5()),
                        zero(r.value6()), zero(r.value7())));
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private List<KeyRelation> relations(long branchId, LocalDate day) {
        Person fp = PERSON.as("fp");
        Person tp = PERSON.as("tp");
        Organisation fo = ORGANISATION.as("fo");
        Organisation to = ORGANISATION.as("to_org");
        return dsl.select(DSL.coalesce(fullName(fp), fo.NAME), DSL.coalesce(fullName(tp), to.NAME), RELATIONSHIP.KIND,
                        RELATIONSHIP.STRENGTH, RELATIONSHIP.SINCE)
                .from(RELATIONSHIP)
                .leftJoin(fp).on(fp.ID.eq(RELATIONSHIP.FROM_PERSON_ID))
                .leftJoin(fo).on(fo.ID.eq(RELATIONSHIP.FROM_ORG_ID))
                .leftJoin(tp).on(tp.ID.eq(RELATIONSHIP.TO_PERSON_ID))
                .leftJoin(to).on(to.ID.eq(RELATIONSHIP.TO_ORG_ID))
                .where(RELATIONSHIP.OWNER_BRANCH_ID.eq(branchId))
                .and(RELATIONSHIP.SINCE.isNull().or(RELATIONSHIP.SINCE.le(day)))
                .and(RELATIONSHIP.ENDED_ON.isNull().or(RELATIONSHIP.ENDED_ON.gt(day)))
                .orderBy(RELATIONSHIP.STRENGTH.desc(), RELATIONSHIP.SINCE.asc().nullsLast(), RELATIONSHIP.ID)
                .limit(MAX_RELATIONS)
                .fetch(r -> new KeyRelation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private List<RecentInteraction> interactions(long branchId, LocalDate from, LocalDate to) {
        var rows = dsl.select(INTERACTION.ID, INTERACTION.OCCURRED_ON, INTERACTION.KIND, INTERACTION.TOPIC)
                .from(INTERACTION)
                .where(INTERACTION.BRANCH_ID.eq(branchId)).and(INTERACTION.OCCURRED_ON.between(from, to))
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.ID.desc())
                .limit(MAX_INTERACTIONS)
                .fetch();
        List<Long> ids = rows.map(r -> r.value1());
        Map<Long, List<String>> with = new HashMap<>();
        Field<String> name = DSL.coalesce(fullName(PERSON), ORGANISATION.NAME);
        dsl.select(INTERACTION_PARTICIPANT.INTERACTION_ID, name)
                .from(INTERACTION_PARTICIPANT)
                .leftJoin(PERSON).on(PERSON.ID.eq(INTERACTION_PARTICIPANT.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INTERACTION_PARTICIPANT.ORGANISATION_ID))
                .where(INTERACTION_PARTICIPANT.INTERACTION_ID.in(ids))
                .orderBy(INTERACTION_PARTICIPANT.INTERACTION_ID, name)
                .forEach(r -> with.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return rows.map(r -> new RecentInteraction(r.value2(), r.value3(), r.value4(),
                with.getOrDefault(r.value1(), List.of())));
    }

    private List<MemberInOffice> membersInOffice(long branchId, LocalDate day) {
        return dsl.select(fullName(PERSON), POLITICAL_OFFICE.BODY, POLITICAL_OFFICE.ROLE, POLITICAL_OFFICE.PARTY)
                .from(PERSON)
                .join(POLITICAL_OFFICE).on(POLITICAL_OFFICE.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.BRANCH_ID.eq(branchId)).and(PERSON.UNION_MEMBER.isTrue())
                .and(POLITICAL_OFFICE.TERM_FROM.isNull().or(POLITICAL_OFFICE.TERM_FROM.le(day)))
                .and(POLITICAL_OFFICE.TERM_TO.isNull().or(POLITICAL_OFFICE.TERM_TO.ge(day)))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, POLITICAL_OFFICE.BODY)
                .fetch(r -> new MemberInOffice(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
