package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.BRANCH_MEMBERSHIP;
import static se.samverkan.store.jooq.Tables.PROJECT_COST;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import se.samverkan.domain.AuditAction;

/** The project's cost per year and the branches' active members on 1 January: what the fördelningsnyckel needs. */
public final class ProjectCostRepository {

    private final DSLContext dsl;
    private final AuditLog audit;

    ProjectCostRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Optional<BigDecimal> cost(int year) {
        return dsl.select(PROJECT_COST.TOTAL_SEK).from(PROJECT_COST).where(PROJECT_COST.COST_YEAR.eq(year))
                .fetchOptional(r -> BigDecimal.valueOf(r.value1()));
    }

    /** Sets the year's cost (whole kronor); null removes it. */
    public void setCost(int year, BigDecimal total) {
        var before = dsl.fetchOne(PROJECT_COST, PROJECT_COST.COST_YEAR.eq(year));
        dsl.deleteFrom(PROJECT_COST).where(PROJECT_COST.COST_YEAR.eq(year)).execute();
        var after = total == null ? null : dsl.newRecord(PROJECT_COST);
        if (after != null) {
            after.setCostYear(year);
            after.setTotalSek(total.longValueExact());
            after.store();
        }
        audit.record(AuditAction.UPDATE, "project_cost", (long) year, "Projektets kostnad för året ändrad", before, after);
    }

    /** Active members on 1 January of {@code year}, by branch id; a branch without a figure is absent. */
    public Map<Long, Integer> members(int year) {
        return dsl.select(BRANCH_MEMBERSHIP.BRANCH_ID, BRANCH_MEMBERSHIP.ACTIVE_MEMBERS).from(BRANCH_MEMBERSHIP)
                .where(BRANCH_MEMBERSHIP.MEMBER_YEAR.eq(year)).fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Years with a cost or a member figure, in order. */
    public List<Integer> years() {
        return dsl.selectDistinct(PROJECT_COST.COST_YEAR).from(PROJECT_COST)
                .union(dsl.selectDistinct(BRANCH_MEMBERSHIP.MEMBER_YEAR).from(BRANCH_MEMBERSHIP))
                .orderBy(1).fetch(r -> r.value1());
    }

    /** Sets a branch's active members on 1 January (null removes the figure). */
    public void setMembers(long branchId, int year, Integer members) {
        var before = dsl.fetchOne(BRANCH_MEMBERSHIP, BRANCH_MEMBERSHIP.BRANCH_ID.eq(branchId)
                .and(BRANCH_MEMBERSHIP.MEMBER_YEAR.eq(year)));
        dsl.deleteFrom(BRANCH_MEMBERSHIP).where(BRANCH_MEMBERSHIP.BRANCH_ID.eq(branchId)
                .and(BRANCH_MEMBERSHIP.MEMBER_YEAR.eq(year))).execute();
        var after = members == null ? null : dsl.newRecord(BRANCH_MEMBERSHIP);
        if (after != null) {
            after.setBranchId(branchId);
            after.setMemberYear(year);
            after.setActiveMembers(members);
            after.store();
        }
        audit.record(AuditAction.UPDATE, "branch_membership", branchId, "Aktiva medlemmar 1 januari ändrade", before,
                after);
    }
}
