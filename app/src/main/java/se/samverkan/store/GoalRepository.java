package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.APP_META;
import static se.samverkan.store.jooq.Tables.GOAL_VALUE_HISTORY;
import static se.samverkan.store.jooq.Tables.INDICATOR;
import static se.samverkan.store.jooq.Tables.OPERATIONAL_GOAL;
import static se.samverkan.store.jooq.Tables.OUTCOME;
import static se.samverkan.store.jooq.Tables.PROJECT_GOAL;
import static se.samverkan.store.jooq.Tables.TARGET;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.ProjectGoal;
import se.samverkan.domain.Target;
import se.samverkan.domain.ValueChange;
import se.samverkan.store.jooq.tables.records.OutcomeRecord;
import se.samverkan.store.jooq.tables.records.TargetRecord;

/**
 * The goal follow-up's records: the project and operational goals (seed texts read only, local notes editable),
 * indicators, targets and outcomes per branch and period, each value change kept in goal_value_history, and the
 * follow-up's settings (app_meta). Every write is audited.
 */
public final class GoalRepository {

    private static final String TARGET_ENTITY = "target";
    private static final String OUTCOME_ENTITY = "outcome";
    private final DSLContext dsl;
    private final AuditLog audit;

    GoalRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public List<ProjectGoal> projectGoals() {
        return dsl.selectFrom(PROJECT_GOAL).orderBy(PROJECT_GOAL.ID)
                .fetch(r -> new ProjectGoal(r.getId(), r.getNameSv(), r.getTextSv(), r.getLocalNote()));
    }

    public List<OperationalGoal> operationalGoals() {
        return dsl.selectFrom(OPERATIONAL_GOAL).orderBy(OPERATIONAL_GOAL.ID)
                .fetch(r -> new OperationalGoal(r.getId(), r.getProjectGoalId(), r.getNameSv(), r.getTextSv(),
                        r.getLocalNote()));
    }

    /** Sets the local wording note of operational goal {@code id} (null removes it); the seed text stays. */
    public void setOperationalNote(int id, String note) {
        var r = dsl.fetchOptional(OPERATIONAL_GOAL, OPERATIONAL_GOAL.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no operational goal " + id));
        var before = r.copy();
        r.setLocalNote(note);
        r.store();
        audit.record(AuditAction.UPDATE, "operational_goal", (long) id, "Lokal formulering ändrad", before, r);
    }

    /** Sets the local wording note of project goal {@code id} (null removes it). */
    public void setProjectNote(int id, String note) {
        var r = dsl.fetchOptional(PROJECT_GOAL, PROJECT_GOAL.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no project goal " + id));
        var before = r.copy();
        r.setLocalNote(note);
        r.store();
        audit.record(AuditAction.UPDATE, "project_goal", (long) id, "Lokal formulering ändrad", before, r);
    }

    /** The active indicators by operational goal, then id. */
    public List<Indicator> indicators() {
        return dsl.selectFrom(INDICATOR).where(INDICATOR.ACTIVE.isTrue())
                .orderBy(INDICATOR.OPERATIONAL_GOAL_ID, INDICATOR.ID).fetch(ReferenceRepository::indicator);
    }

    /**
     * Adds an indicator the coordinator defines under an operational goal (id 0; its code becomes {@code L<goal>_<n>})
     * or changes one: names, direction, gender split, and for one not counted from the records its unit and source.
     * A derived indicator keeps its unit, source and rule.
     */
    public Indicator saveIndicator(Indicator i) {
        if (i.id() == 0) {
            int n = dsl.fetchCount(INDICATOR, INDICATOR.OPERATIONAL_GOAL_ID.eq(i.operationalGoalId())
                    .and(INDICATOR.CODE.startsWith("L"))) + 1;
            String code = "L" + i.operationalGoalId() + "_" + n;
            while (dsl.fetchExists(INDICATOR, INDICATOR.CODE.eq(code))) {
                code = "L" + i.operationalGoalId() + "_" + ++n;
            }
            var r = dsl.newRecord(INDICATOR);
            r.setOperationalGoalId(i.operationalGoalId());
            r.setCode(code);
            r.setNameSv(i.nameSv());
            r.setNameEn(i.nameEn());
            r.setUnit(i.unit());
            r.setDirection(i.direction());
            r.setGenderSplit(i.genderSplit());
            r.setSource(i.source());
            r.setActive(true);
            r.store();
            audit.record(AuditAction.CREATE, "indicator", r.getId(), "Indikator skapad", null, r);
            return ReferenceRepository.indicator(r);
        }
        var r = dsl.fetchOptional(INDICATOR, INDICATOR.ID.eq(i.id()))
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + i.id()));
        var before = r.copy();
        before.setId(r.getId());
        r.setNameSv(i.nameSv());
        r.setNameEn(i.nameEn());
        r.setDirection(i.direction());
        r.setGenderSplit(i.genderSplit());
        if (!"DERIVED".equals(r.getSource())) {
            r.setUnit(i.unit());
            r.setSource(i.source());
        }
        r.store();
        audit.record(AuditAction.UPDATE, "indicator", r.getId(), "Indikator ändrad", before, r);
        return ReferenceRepository.indicator(r);
    }

    /** Whether any branch has a target or an outcome for the indicator (then its unit is fixed). */
    public boolean hasValues(long indicatorId) {
        return dsl.fetchExists(TARGET, TARGET.INDICATOR_ID.eq(indicatorId))
                || dsl.fetchExists(OUTCOME, OUTCOME.INDICATOR_ID.eq(indicatorId));
    }

    /** Hides an indicator from the follow-up (or shows it again); its targets and outcomes stay. */
    public void setIndicatorActive(long id, boolean active) {
        var r = dsl.fetchOptional(INDICATOR, INDICATOR.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + id));
        var before = r.copy();
        before.setId(r.getId());
        r.setActive(active);
        r.store();
        audit.record(AuditAction.UPDATE, "indicator", id, active ? "Indikator visas igen" : "Indikator dold", before, r);
    }

    /** Every branch's targets in {@code period}. */
    public List<Target> targets(String period) {
        return dsl.selectFrom(TARGET).where(TARGET.PERIOD.eq(period)).orderBy(TARGET.ID).fetch(GoalRepository::target);
    }

    /** One branch's targets for one indicator, every period. */
    public List<Target> targets(long indicatorId, long branchId) {
        return dsl.selectFrom(TARGET).where(TARGET.INDICATOR_ID.eq(indicatorId).and(TARGET.BRANCH_ID.eq(branchId)))
                .orderBy(TARGET.PERIOD).fetch(GoalRepository::target);
    }

    /** One branch's targets in a period. */
    public List<Target> branchTargets(long branchId, String period) {
        return dsl.selectFrom(TARGET).where(TARGET.BRANCH_ID.eq(branchId).and(TARGET.PERIOD.eq(period)))
                .orderBy(TARGET.INDICATOR_ID).fetch(GoalRepository::target);
    }

    /** Every branch's outcomes in {@code period}. */
    public List<Outcome> outcomes(String period) {
        return dsl.selectFrom(OUTCOME).where(OUTCOME.PERIOD.eq(period)).orderBy(OUTCOME.ID).fetch(GoalRepository::outcome);
    }

    /** One branch's outcomes for one indicator, every period. */
    public List<Outcome> outcomes(long indicatorId, long branchId) {
        return dsl.selectFrom(OUTCOME).where(OUTCOME.INDICATOR_ID.eq(indicatorId).and(OUTCOME.BRANCH_ID.eq(branchId)))
                .orderBy(OUTCOME.PERIOD).fetch(GoalRepository::outcome);
    }

    /** The periods that have a target or an outcome, any branch. */
    public List<String> periods() {
        return dsl.selectDistinct(TARGET.PERIOD).from(TARGET).union(dsl.selectDistinct(OUTCOME.PERIOD).from(OUTCOME))
                .fetch(r -> r.value1());
    }

    /**
     * Sets a branch's target for an indicator in a period (creates it or changes it); a changed value is written to the
     * history. The argument's id is ignored.
     */
    public Target saveTarget(Target t) {
        TargetRecord r = dsl.fetchOptional(TARGET, TARGET.INDICATOR_ID.eq(t.indicatorId())
                .and(TARGET.BRANCH_ID.eq(t.branchId())).and(TARGET.PERIOD.eq(t.period()))).orElse(null);
        boolean created = r == null;
        BigDecimal old = created ? null : r.getTargetValue();
        TargetRecord before = created ? null : copy(r);
        if (created) {
            r = dsl.newRecord(TARGET);
            r.setIndicatorId(t.indicatorId());
            r.setBranchId(t.branchId());
            r.setPeriod(t.period());
        }
        r.setTargetValue(t.value());
        r.setValueWomen(t.women());
        r.setValueMen(t.men());
        r.setBaseline(t.baseline());
        boolean changed = created || r.changed();
        r.store();
        if (changed) {
            audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, TARGET_ENTITY, r.getId(),
                    created ? "Mål satt" : "Mål ändrat", before, r);
        }
        if (!same(old, t.value())) {
            history("TARGET", t.indicatorId(), t.branchId(), t.period(), old, t.value(), null, null);
        }
        return target(r);
    }

    /** Removes a branch's target for an indicator in a period, if there is one. */
    public void deleteTarget(long indicatorId, long branchId, String period) {
        dsl.fetchOptional(TARGET, TARGET.INDICATOR_ID.eq(indicatorId).and(TARGET.BRANCH_ID.eq(branchId))
                .and(TARGET.PERIOD.eq(period))).ifPresent(r -> {
                    r.delete();
                    audit.record(AuditAction.DELETE, TARGET_ENTITY, r.getId(), "Mål borttaget", r, null);
                    history("TARGET", indicatorId, branchId, period, r.getTargetValue(), null, null, null);
                });
    }

    /**
     * Sets a branch's outcome for an indicator in a period, with its source, comment and any status override (created
     * or changed); a changed value goes to the history with its source and comment. The argument's id is ignored.
     */
    public Outcome saveOutcome(Outcome o) {
        OutcomeRecord r = dsl.fetchOptional(OUTCOME, OUTCOME.INDICATOR_ID.eq(o.indicatorId())
                .and(OUTCOME.BRANCH_ID.eq(o.branchId())).and(OUTCOME.PERIOD.eq(o.period()))).orElse(null);
        boolean created = r == null;
        BigDecimal old = created ? null : r.getOutcomeValue();
        OutcomeRecord before = created ? null : copy(r);
        if (created) {
            r = dsl.newRecord(OUTCOME);
            r.setIndicatorId(o.indicatorId());
            r.setBranchId(o.branchId());
            r.setPeriod(o.period());
        }
        r.setOutcomeValue(o.value());
        r.setValueWomen(o.women());
        r.setValueMen(o.men());
        r.setSource(o.source());
        r.setComment(o.comment());
        r.setStatusOverride(o.statusOverride());
        r.setOverrideReason(o.overrideReason());
        r.setUpdatedAt(LocalDateTime.now());
        r.store();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, OUTCOME_ENTITY, r.getId(),
                created ? "Utfall rapporterat" : "Utfall ändrat", before, r);
        if (!same(old, o.value())) {
            history("OUTCOME", o.indicatorId(), o.branchId(), o.period(), old, o.value(), o.source(), o.comment());
        }
        return outcome(r);
    }

    /**
     * Copies a branch's targets from one period to another (copy last period's, then adjust): the values and splits
     * are copied, the baseline becomes the old period's outcome where there is one. Targets already set in the new
     * period are kept. Returns how many were copied.
     */
    public int copyTargets(long branchId, String from, String to) {
        int copied = 0;
        for (Target t : branchTargets(branchId, from)) {
            boolean exists = dsl.fetchExists(TARGET, TARGET.INDICATOR_ID.eq(t.indicatorId())
                    .and(TARGET.BRANCH_ID.eq(branchId)).and(TARGET.PERIOD.eq(to)));
            if (exists) {
                continue;
            }
            BigDecimal baseline = dsl.select(OUTCOME.OUTCOME_VALUE).from(OUTCOME)
                    .where(OUTCOME.INDICATOR_ID.eq(t.indicatorId()).and(OUTCOME.BRANCH_ID.eq(branchId))
                            .and(OUTCOME.PERIOD.eq(from))).fetchOptional(r -> r.value1()).orElse(t.baseline());
            saveTarget(new Target(0, t.indicatorId(), branchId, to, t.value(), t.women(), t.men(), baseline));
            copied++;
        }
        return copied;
    }

    /** The changes of one branch's target and outcome for an indicator, every period, newest first. */
    public List<ValueChange> history(long indicatorId, long branchId) {
        return dsl.selectFrom(GOAL_VALUE_HISTORY).where(GOAL_VALUE_HISTORY.INDICATOR_ID.eq(indicatorId)
                        .and(GOAL_VALUE_HISTORY.BRANCH_ID.eq(branchId)))
                .orderBy(GOAL_VALUE_HISTORY.CHANGED_AT.desc(), GOAL_VALUE_HISTORY.ID.desc())
                .fetch(r -> new ValueChange(r.getValueKind(), r.getPeriod(), r.getOldValue(), r.getNewValue(),
                        r.getSource(), r.getNote(), r.getChangedAt(), r.getChangedBy()));
    }

    /** A follow-up setting (period kind, thresholds) from app_meta. */
    public Optional<String> setting(String key) {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(key))
                .fetchOptional(r -> r.value1());
    }

    public void setSetting(String key, String value) {
        var before = dsl.fetchOne(APP_META, APP_META.META_KEY.eq(key));
        dsl.deleteFrom(APP_META).where(APP_META.META_KEY.eq(key)).execute();
        var after = dsl.newRecord(APP_META);
        after.setMetaKey(key);
        after.setMetaValue(value);
        after.store();
        audit.record(AuditAction.UPDATE, "app_meta", null, "Inställning för uppföljning ändrad", before, after);
    }

    private void history(String kind, long indicatorId, long branchId, String period, BigDecimal old, BigDecimal now,
                         String source, String note) {
        dsl.insertInto(GOAL_VALUE_HISTORY)
                .set(GOAL_VALUE_HISTORY.VALUE_KIND, kind)
                .set(GOAL_VALUE_HISTORY.INDICATOR_ID, indicatorId)
                .set(GOAL_VALUE_HISTORY.BRANCH_ID, branchId)
                .set(GOAL_VALUE_HISTORY.PERIOD, period)
                .set(GOAL_VALUE_HISTORY.OLD_VALUE, old)
                .set(GOAL_VALUE_HISTORY.NEW_VALUE, now)
                .set(GOAL_VALUE_HISTORY.SOURCE, source)
                .set(GOAL_VALUE_HISTORY.NOTE, note == null || note.length() <= 2000 ? note : note.substring(0, 2000))
                .set(GOAL_VALUE_HISTORY.CHANGED_AT, LocalDateTime.now())
                .set(GOAL_VALUE_HISTORY.CHANGED_BY, AuditLog.actor())
                .execute();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static TargetRecord copy(TargetRecord r) {
        TargetRecord c = r.copy();
        c.setId(r.getId());
        return c;
    }

    private static OutcomeRecord copy(OutcomeRecord r) {
        OutcomeRecord c = r.copy();
        c.setId(r.getId());
        return c;
    }

    static Target target(TargetRecord r) {
        return new Target(r.getId(), r.getIndicatorId(), r.getBranchId(), r.getPeriod(), r.getTargetValue(),
                r.getValueWomen(), r.getValueMen(), r.getBaseline());
    }

    static Outcome outcome(OutcomeRecord r) {
        return new Outcome(r.getId(), r.getIndicatorId(), r.getBranchId(), r.getPeriod(), r.getOutcomeValue(),
                r.getValueWomen(), r.getValueMen(), r.getSource(), r.getComment(), r.getStatusOverride(),
                r.getOverrideReason());
    }
}
