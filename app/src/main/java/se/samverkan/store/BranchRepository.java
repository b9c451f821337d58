package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.BRANCH_COUNTY;
import static se.samverkan.store.jooq.Tables.BRANCH_MEMBERSHIP;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Branch;
import se.samverkan.store.jooq.tables.records.BranchRecord;

/** Branches (avdelningar), their counties and their active members per year; every change is audited. */
public final class BranchRepository {

    static final String ENTITY = "branch";
    private final DSLContext dsl;
    private final AuditLog audit;

    BranchRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Branch create(Branch branch) {
        BranchRecord record = dsl.newRecord(BRANCH);
        record.setNumber(branch.number());
        record.setName(branch.name());
        record.setNutsCode(branch.nutsCode());
        record.setJoinedYear(branch.joinedYear());
        record.setNotes(branch.notes());
        record.store();
        writeCounties(record.getId(), branch.countyCodes());
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Avdelning skapad", null, record);
        return branch.withId(record.getId());
    }

    public Branch update(Branch branch) {
        BranchRecord record = dsl.fetchOptional(BRANCH, BRANCH.ID.eq(branch.id()))
                .orElseThrow(() -> new IllegalArgumentException("no branch with id " + branch.id()));
        BranchRecord before = record.copy();
        before.setId(record.getId());
        record.setNumber(branch.number());
        record.setName(branch.name());
        record.setNutsCode(branch.nutsCode());
        record.setJoinedYear(branch.joinedYear());
        record.setNotes(branch.notes());
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        dsl.deleteFrom(BRANCH_COUNTY).where(BRANCH_COUNTY.BRANCH_ID.eq(branch.id())).execute();
        writeCounties(branch.id(), branch.countyCodes());
        audit.record(AuditAction.UPDATE, ENTITY, branch.id(), "Avdelning ändrad", before, record);
        return branch;
    }

    public void delete(long id) {
        BranchRecord record = dsl.fetchOptional(BRANCH, BRANCH.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no branch with id " + id));
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Avdelning borttagen", record, null);
    }

    public Optional<Branch> find(long id) {
        return dsl.fetchOptional(BRANCH, BRANCH.ID.eq(id)).map(this::toDomain);
    }

    public List<Branch> all() {
        return dsl.selectFrom(BRANCH).orderBy(BRANCH.NUMBER).fetch(this::toDomain);
    }

    public void setActiveMembers(long branchId, int year, int activeMembers) {
        dsl.mergeInto(BRANCH_MEMBERSHIP)
                .using(dsl.selectOne())
                .on(BRANCH_MEMBERSHIP.BRANCH_ID.eq(branchId).and(BRANCH_MEMBERSHIP.MEMBER_YEAR.eq(year)))
                .whenMatchedThenUpdate().set(BRANCH_MEMBERSHIP.ACTIVE_MEMBERS, activeMembers)
                .whenNotMatchedThenInsert(BRANCH_MEMBERSHIP.BRANCH_ID, BRANCH_MEMBERSHIP.MEMBER_YEAR, BRANCH_MEMBERSHIP.ACTIVE_MEMBERS)
                .values(branchId, year, activeMembers)
                .execute();
        audit.record(AuditAction.UPDATE, ENTITY, branchId, "Aktiva medlemmar " + year + ": " + activeMembers, null, null);
    }

    public Map<Integer, Integer> activeMembers(long branchId) {
        return dsl.select(BRANCH_MEMBERSHIP.MEMBER_YEAR, BRANCH_MEMBERSHIP.ACTIVE_MEMBERS)
                .from(BRANCH_MEMBERSHIP)
                .where(BRANCH_MEMBERSHIP.BRANCH_ID.eq(branchId))
                .fetchMap(BRANCH_MEMBERSHIP.MEMBER_YEAR, BRANCH_MEMBERSHIP.ACTIVE_MEMBERS);
    }

    private void writeCounties(long branchId, List<String> countyCodes) {
        for (String code : countyCodes) {
            dsl.insertInto(BRANCH_COUNTY, BRANCH_COUNTY.BRANCH_ID, BRANCH_COUNTY.COUNTY_CODE).values(branchId, code).execute();
        }
    }

    private Branch toDomain(BranchRecord r) {
        List<String> counties = dsl.select(BRANCH_COUNTY.COUNTY_CODE).from(BRANCH_COUNTY)
                .where(BRANCH_COUNTY.BRANCH_ID.eq(r.getId())).orderBy(BRANCH_COUNTY.COUNTY_CODE)
                .fetch(BRANCH_COUNTY.COUNTY_CODE);
        return new Branch(r.getId(), r.getNumber(), r.getName(), r.getNutsCode(), counties, r.getJoinedYear(), r.getNotes());
    }
}
