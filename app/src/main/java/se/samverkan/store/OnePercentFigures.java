package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.BRANCH_MEMBERSHIP;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The two counts of the 1 % goal (read only): each branch's active members per year, and the branch's union members
 * holding a municipal or regional elected office on a day. Counts only: no person leaves this class.
 */
public final class OnePercentFigures {

    private final DSLContext dsl;

    OnePercentFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Branch id → year → active members. */
    public Map<Long, Map<Integer, Integer>> activeMembers() {
        Map<Long, Map<Integer, Integer>> result = new HashMap<>();
        dsl.selectFrom(BRANCH_MEMBERSHIP).forEach(r -> result.computeIfAbsent(r.getBranchId(), b -> new HashMap<>())
                .put(r.getMemberYear(), r.getActiveMembers()));
        return result;
    }

    /**
     * Branch id → union members of the branch with a MUNICIPALITY or REGION office whose term covers {@code day} (an
     * open start or end counts as covering). A person with two offices counts once.
     */
    public Map<Long, Integer> electedMembersOn(LocalDate day) {
        return dsl.select(PERSON.BRANCH_ID, DSL.countDistinct(PERSON.ID))
                .from(PERSON)
                .join(POLITICAL_OFFICE).on(POLITICAL_OFFICE.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.BRANCH_ID.isNotNull())
                .and(PERSON.UNION_MEMBER.isTrue())
                .and(POLITICAL_OFFICE.LEVEL.in("MUNICIPALITY", "REGION"))
                .and(POLITICAL_OFFICE.TERM_FROM.isNull().or(POLITICAL_OFFICE.TERM_FROM.le(day)))
                .and(POLITICAL_OFFICE.TERM_TO.isNull().or(POLITICAL_OFFICE.TERM_TO.ge(day)))
                .groupBy(PERSON.BRANCH_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }
}
