package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.BUDGET_LINE;
import static se.samverkan.store.jooq.Tables.FUNDING_PARTNER;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT_BRANCH;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT_WORKPLACE;
import static se.samverkan.store.jooq.Tables.FUNDING_TARGET;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.WORKPLACE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.BudgetLine;
import se.samverkan.domain.Choice;
import se.samverkan.domain.ExportTable;
import se.samverkan.domain.FundingFilter;
import se.samverkan.domain.FundingPartner;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingProjectRow;
import se.samverkan.domain.FundingTarget;
import se.samverkan.store.jooq.tables.records.FundingProjectRecord;

/**
 * Structural-fund projects with partners, branches, workplaces, budget lines and targets. A save writes the project
 * and replaces its child rows, audited in the same transaction.
 */
public final class FundingRepository {

    static final String ENTITY = "funding_project";
    private final DSLContext dsl;
    private final AuditLog audit;

    FundingRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public FundingProject create(FundingProject project) {
        FundingProjectRecord record = dsl.newRecord(FUNDING_PROJECT);
        copy(project, record);
        record.store();
        writeChildren(record.getId(), project);
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Strukturfondsprojekt skapat" + counts(project), null,
                record);
        return find(record.getId()).orElseThrow();
    }

    public FundingProject update(FundingProject project) {
        long id = project.id();
        FundingProjectRecord record = existing(id);
        FundingProjectRecord before = record.copy();
        before.setId(id);
        copy(project, record);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        dsl.deleteFrom(FUNDING_PARTNER).where(FUNDING_PARTNER.PROJECT_ID.eq(id)).execute();
        dsl.deleteFrom(FUNDING_PROJECT_BRANCH).where(FUNDING_PROJECT_BRANCH.PROJECT_ID.eq(id)).execute();
        dsl.deleteFrom(FUNDING_PROJECT_WORKPLACE).where(FUNDING_PROJECT_WORKPLACE.PROJECT_ID.eq(id)).execute();
        dsl.deleteFrom(BUDGET_LINE).where(BUDGET_LINE.PROJECT_ID.eq(id)).execute();
        dsl.deleteFrom(FUNDING_TARGET).where(FUNDING_TARGET.PROJECT_ID.eq(id)).execute();
        writeChildren(id, project);
        audit.record(AuditAction.UPDATE, ENTITY, id, "Strukturfondsprojekt ändrat" + counts(project), before, record);
        return find(id).orElseThrow();
    }

    public void delete(long id) {
        FundingProjectRecord record = existing(id);
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Strukturfondsprojekt borttaget", record, null);
    }

    private static String counts(FundingProject p) {
        return " (" + p.partners().size() + " partner, " + p.budgetLines().size() + " budgetrader, "
                + p.targets().size() + " mål)";
    }

    private void writeChildren(long id, FundingProject p) {
        for (FundingPartner partner : p.partners()) {
            dsl.insertInto(FUNDING_PARTNER).set(FUNDING_PARTNER.PROJECT_ID, id)
                    .set(FUNDING_PARTNER.ORGANISATION_ID, partner.organisationId())
                    .set(FUNDING_PARTNER.ROLE, partner.role()).execute();
        }
        for (Long branch : p.branchIds()) {
            dsl.insertInto(FUNDING_PROJECT_BRANCH).set(FUNDING_PROJECT_BRANCH.PROJECT_ID, id)
                    .set(FUNDING_PROJECT_BRANCH.BRANCH_ID, branch).execute();
        }
        for (Long workplace : p.workplaceIds()) {
            dsl.insertInto(FUNDING_PROJECT_WORKPLACE).set(FUNDING_PROJECT_WORKPLACE.PROJECT_ID, id)
                    .set(FUNDING_PROJECT_WORKPLACE.WORKPLACE_ID, workplace).execute();
        }
        int position = 0;
        for (BudgetLine line : p.budgetLines()) {
            dsl.insertInto(BUDGET_LINE).set(BUDGET_LINE.PROJECT_ID, id).set(BUDGET_LINE.POSITION, position++)
                    .set(BUDGET_LINE.SIDE, line.side()).set(BUDGET_LINE.KIND, line.kind())
                    .set(BUDGET_LINE.LABEL, line.label()).set(BUDGET_LINE.AMOUNT_SEK, line.amountSek()).execute();
        }
        position = 0;
        for (FundingTarget t : p.targets()) {
            dsl.insertInto(FUNDING_TARGET).set(FUNDING_TARGET.PROJECT_ID, id).set(FUNDING_TARGET.POSITION, position++)
                    .set(FUNDING_TARGET.MEASURE, t.measure()).set(FUNDING_TARGET.COUNTY_CODE, t.countyCode())
                    .set(FUNDING_TARGET.TARGET_WOMEN, t.targetWomen()).set(FUNDING_TARGET.TARGET_MEN, t.targetMen())
                    .set(FUNDING_TARGET.TARGET_TOTAL, t.targetTotal())
                    .set(FUNDING_TARGET.OUTCOME_WOMEN, t.outcomeWomen()).set(FUNDING_TARGET.OUTCOME_MEN, t.outcomeMen())
                    .set(FUNDING_TARGET.OUTCOME_TOTAL, t.outcomeTotal()).execute();
        }
    }

    public Optional<FundingProject> find(long id) {
        return dsl.fetchOptional(FUNDING_PROJECT, FUNDING_PROJECT.ID.eq(id)).map(r -> new FundingProject(id,
                r.getName(), r.getFund(), r.getProgrammeArea(), r.getCallName(), r.getApplicationFrom(),
                r.getApplicationTo(), r.getOwnerOrgId(), r.getNutsCode(), r.getStatus(), r.getUnionRole(),
                r.getUnionTasks(), r.getPeriodFrom(), r.getPeriodTo(), r.getExtendedTo(), r.getEsfPercent(),
                r.getNotes(),
                dsl.selectFrom(FUNDING_PARTNER).where(FUNDING_PARTNER.PROJECT_ID.eq(id))
                        .orderBy(FUNDING_PARTNER.ORGANISATION_ID)
                        .fetch(p -> new FundingPartner(p.getOrganisationId(), p.getRole())),
                dsl.select(FUNDING_PROJECT_BRANCH.BRANCH_ID).from(FUNDING_PROJECT_BRANCH)
                        .where(FUNDING_PROJECT_BRANCH.PROJECT_ID.eq(id)).orderBy(FUNDING_PROJECT_BRANCH.BRANCH_ID)
                        .fetch(FUNDING_PROJECT_BRANCH.BRANCH_ID),
                dsl.select(FUNDING_PROJECT_WORKPLACE.WORKPLACE_ID).from(FUNDING_PROJECT_WORKPLACE)
                        .where(FUNDING_PROJECT_WORKPLACE.PROJECT_ID.eq(id))
                        .orderBy(FUNDING_PROJECT_WORKPLACE.WORKPLACE_ID).fetch(FUNDING_PROJECT_WORKPLACE.WORKPLACE_ID),
                dsl.selectFrom(BUDGET_LINE).where(BUDGET_LINE.PROJECT_ID.eq(id))
                        .orderBy(BUDGET_LINE.POSITION, BUDGET_LINE.ID)
                        .fetch(l -> new BudgetLine(l.getId(), l.getSide(), l.getKind(), l.getLabel(), l.getAmountSek())),
                dsl.selectFrom(FUNDING_TARGET).where(FUNDING_TARGET.PROJECT_ID.eq(id))
                        .orderBy(FUNDING_TARGET.POSITION, FUNDING_TARGET.ID)
                        .fetch(t -> new FundingTarget(t.getMeasure(), t.getCountyCode(), t.getTargetWomen(),
                                t.getTargetMen(), t.getTargetTotal(), t.getOutcomeWomen(), t.getOutcomeMen(),
                                t.getOutcomeTotal()))));
    }

    /** The projects matching {@code filter}, latest start first (undated ideas first, they are being worked on). */
    public List<FundingProjectRow> list(FundingFilter filter, int limit) {
        Field<String> branches = branchNames();
        Field<BigDecimal> income = sum("INCOME");
        Field<BigDecimal> costs = sum("COST");
        return dsl.select(FUNDING_PROJECT.ID, FUNDING_PROJECT.NAME, FUNDING_PROJECT.FUND, FUNDING_PROJECT.STATUS,
                        ORGANISATION.NAME, branches, FUNDING_PROJECT.APPLICATION_FROM, FUNDING_PROJECT.APPLICATION_TO,
                        FUNDING_PROJECT.PERIOD_FROM, FUNDING_PROJECT.PERIOD_TO, FUNDING_PROJECT.EXTENDED_TO, income, costs)
                .from(FUNDING_PROJECT)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(FUNDING_PROJECT.OWNER_ORG_ID))
                .where(conditions(filter))
                .orderBy(FUNDING_PROJECT.PERIOD_FROM.desc().nullsFirst(), FUNDING_PROJECT.NAME, FUNDING_PROJECT.ID)
                .limit(limit)
                .fetch(r -> new FundingProjectRow(r.get(FUNDING_PROJECT.ID), r.get(FUNDING_PROJECT.NAME),
                        r.get(FUNDING_PROJECT.FUND), r.get(FUNDING_PROJECT.STATUS), r.get(ORGANISATION.NAME),
                        r.get(branches), r.get(FUNDING_PROJECT.APPLICATION_FROM), r.get(FUNDING_PROJECT.APPLICATION_TO),
                        r.get(FUNDING_PROJECT.PERIOD_FROM), r.get(FUNDING_PROJECT.PERIOD_TO),
                        r.get(FUNDING_PROJECT.EXTENDED_TO), r.get(income), r.get(costs)));
    }

    private static Field<String> branchNames() {
        return DSL.field(DSL.select(DSL.listAgg(BRANCH.NAME, ", ").withinGroupOrderBy(BRANCH.NAME))
                .from(FUNDING_PROJECT_BRANCH).join(BRANCH).on(BRANCH.ID.eq(FUNDING_PROJECT_BRANCH.BRANCH_ID))
                .where(FUNDING_PROJECT_BRANCH.PROJECT_ID.eq(FUNDING_PROJECT.ID)));
    }

    private static Field<BigDecimal> sum(String side) {
        return DSL.field(DSL.select(DSL.coalesce(DSL.sum(BUDGET_LINE.AMOUNT_SEK), DSL.inline(BigDecimal.ZERO)))
                .from(BUDGET_LINE).where(BUDGET_LINE.PROJECT_ID.eq(FUNDING_PROJECT.ID).and(BUDGET_LINE.SIDE.eq(side))));
    }

    private static List<Condition> conditions(FundingFilter f) {
        List<Condition> where = new ArrayList<>();
        if (present(f.text())) {
            String like = "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%";
            where.add(DSL.lower(FUNDING_PROJECT.NAME).like(like).or(DSL.lower(FUNDING_PROJECT.CALL_NAME).like(like))
                    .or(DSL.lower(FUNDING_PROJECT.PROGRAMME_AREA).like(like)));
        }
        if (present(f.status())) {
            where.add(FUNDING_PROJECT.STATUS.eq(f.status()));
        }
        if (present(f.fund())) {
            where.add(FUNDING_PROJECT.FUND.eq(f.fund()));
        }
        if (f.branchId() != null) {
            where.add(DSL.exists(DSL.selectOne().from(FUNDING_PROJECT_BRANCH)
                    .where(FUNDING_PROJECT_BRANCH.PROJECT_ID.eq(FUNDING_PROJECT.ID)
                            .and(FUNDING_PROJECT_BRANCH.BRANCH_ID.eq(f.branchId())))));
        }
        return where;
    }

    /** The workplaces a project can be linked to, by name. */
    public List<Choice> workplaces() {
        return dsl.select(WORKPLACE.ID, WORKPLACE.NAME).from(WORKPLACE).orderBy(WORKPLACE.NAME, WORKPLACE.ID)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /**
     * Every project for the {@code export} command, latest start first: the id first, then what it is, its dates, the
     * budget's sums and the participant targets and outcomes summed over the target rows.
     */
    public ExportTable exportTable() {
        Field<String> branches = branchNames();
        Field<BigDecimal> income = sum("INCOME");
        Field<BigDecimal> costs = sum("COST");
        Field<BigDecimal> esf = DSL.field(DSL.select(DSL.sum(BUDGET_LINE.AMOUNT_SEK)).from(BUDGET_LINE)
                .where(BUDGET_LINE.PROJECT_ID.eq(FUNDING_PROJECT.ID).and(BUDGET_LINE.KIND.eq("ESF_SHARE"))));
        Field<BigDecimal> participants = targetSum(FUNDING_TARGET.TARGET_TOTAL, "PARTICIPANTS");
        Field<BigDecimal> women = targetSum(FUNDING_TARGET.TARGET_WOMEN, "PARTICIPANTS");
        Field<BigDecimal> men = targetSum(FUNDING_TARGET.TARGET_MEN, "PARTICIPANTS");
        Field<BigDecimal> reached = targetSum(FUNDING_TARGET.OUTCOME_TOTAL, "PARTICIPANTS");
        Field<BigDecimal> companies = targetSum(FUNDING_TARGET.TARGET_TOTAL, "COMPANIES");
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(FUNDING_PROJECT.ID, FUNDING_PROJECT.NAME, FUNDING_PROJECT.FUND, FUNDING_PROJECT.PROGRAMME_AREA,
                        FUNDING_PROJECT.CALL_NAME, FUNDING_PROJECT.STATUS, FUNDING_PROJECT.UNION_ROLE, ORGANISATION.NAME,
                        FUNDING_PROJECT.APPLICATION_FROM, FUNDING_PROJECT.APPLICATION_TO, FUNDING_PROJECT.PERIOD_FROM,
                        FUNDING_PROJECT.PERIOD_TO, FUNDING_PROJECT.EXTENDED_TO, FUNDING_PROJECT.ESF_PERCENT, esf, income,
                        costs, branches, participants, women, men, reached, companies)
                .from(FUNDING_PROJECT)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(FUNDING_PROJECT.OWNER_ORG_ID))
                .orderBy(FUNDING_PROJECT.PERIOD_FROM.desc().nullsFirst(), FUNDING_PROJECT.ID)
                .forEach(r -> rows.add(Arrays.asList(r.get(FUNDING_PROJECT.ID), r.get(FUNDING_PROJECT.NAME),
                        r.get(FUNDING_PROJECT.FUND), r.get(FUNDING_PROJECT.PROGRAMME_AREA),
                        r.get(FUNDING_PROJECT.CALL_NAME), r.get(FUNDING_PROJECT.STATUS),
                        r.get(FUNDING_PROJECT.UNION_ROLE), r.get(ORGANISATION.NAME),
                        r.get(FUNDING_PROJECT.APPLICATION_FROM), r.get(FUNDING_PROJECT.APPLICATION_TO),
                        r.get(FUNDING_PROJECT.PERIOD_FROM), r.get(FUNDING_PROJECT.PERIOD_TO),
                        r.get(FUNDING_PROJECT.EXTENDED_TO), r.get(FUNDING_PROJECT.ESF_PERCENT), r.get(esf),
                        r.get(income), r.get(costs), r.get(branches), number(r.get(participants)),
                        number(r.get(women)), number(r.get(men)), number(r.get(reached)), number(r.get(companies)))));
        return new ExportTable("Strukturfonder", List.of("id", "name", "fund", "programme_area", "call", "status",
                "union_project_role", "owner", "application_from", "application_to", "period_from", "period_to", "extended_to",
                "esf_percent", "esf_share_sek", "income_sek", "costs_sek", "project_branches", "target_participants",
                "target_women", "target_men", "outcome_participants", "target_companies"), rows);
    }

    private static Field<BigDecimal> targetSum(Field<Integer> column, String measure) {
        return DSL.field(DSL.select(DSL.sum(column)).from(FUNDING_TARGET)
                .where(FUNDING_TARGET.PROJECT_ID.eq(FUNDING_PROJECT.ID).and(FUNDING_TARGET.MEASURE.eq(measure))));
    }

    private static Integer number(BigDecimal value) {
        return value == null ? null : value.intValue();
    }

    private FundingProjectRecord existing(long id) {
        return dsl.fetchOptional(FUNDING_PROJECT, FUNDING_PROJECT.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no funding project with id " + id));
    }

    private static void copy(FundingProject p, FundingProjectRecord r) {
        r.setName(p.name());
        r.setFund(p.fund());
        r.setProgrammeArea(p.programmeArea());
        r.setCallName(p.callName());
        r.setApplicationFrom(p.applicationFrom());
        r.setApplicationTo(p.applicationTo());
        r.setOwnerOrgId(p.ownerOrgId());
        r.setNutsCode(p.nutsCode());
        r.setStatus(p.status());
        r.setUnionRole(p.unionRole());
        r.setUnionTasks(p.unionTasks());
        r.setPeriodFrom(p.periodFrom());
        r.setPeriodTo(p.periodTo());
        r.setExtendedTo(p.extendedTo());
        r.setEsfPercent(p.esfPercent());
        r.setNotes(p.notes());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
