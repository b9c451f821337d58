package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.AGENDA_ITEM;
import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.BRANCH_COUNTY;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.OPERATIONAL_GOAL;
import static se.samverkan.store.jooq.Tables.PARTICIPATION;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_BRANCH;
import static se.samverkan.store.jooq.Tables.WORKSHOP_GOAL;
import static se.samverkan.store.jooq.Tables.WORKSHOP_MATERIAL;
import static se.samverkan.store.jooq.Tables.WORKSHOP_TYPE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.ExportTable;
import se.samverkan.domain.MaterialItem;
import se.samverkan.domain.Participation;
import se.samverkan.domain.Workshop;
import se.samverkan.domain.WorkshopFilter;
import se.samverkan.domain.WorkshopPlan;
import se.samverkan.domain.WorkshopRow;
import se.samverkan.domain.WorkshopType;
import se.samverkan.store.jooq.tables.records.WorkshopRecord;

/**
 * Workshops with their invited branches, linked goals, agenda, materials checklist and participants. A save writes the
 * workshop and replaces its child rows, audited in the same transaction.
 */
public final class WorkshopRepository {

    static final String ENTITY = "workshop";
    private final DSLContext dsl;
    private final AuditLog audit;
    private final boolean english;

    WorkshopRepository(DSLContext dsl, AuditLog audit, boolean english) {
        this.dsl = dsl;
        this.audit = audit;
        this.english = english;
    }

    public WorkshopPlan create(WorkshopPlan plan) {
        WorkshopRecord record = dsl.newRecord(WORKSHOP);
        copy(plan.workshop(), record);
        record.store();
        writeChildren(record.getId(), plan);
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Workshop skapad" + counts(plan), null, record);
        return find(record.getId()).orElseThrow();
    }

    public WorkshopPlan update(WorkshopPlan plan) {
        long id = plan.workshop().id();
        WorkshopRecord record = existing(id);
        WorkshopRecord before = record.copy();
        before.setId(id);
        copy(plan.workshop(), record);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        for (var table : List.of(WORKSHOP_BRANCH, WORKSHOP_GOAL, PARTICIPATION)) {
            dsl.deleteFrom(table).where(table.field("WORKSHOP_ID", Long.class).eq(id)).execute();
        }
        dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.WORKSHOP_ID.eq(id)).execute();
        dsl.deleteFrom(WORKSHOP_MATERIAL).where(WORKSHOP_MATERIAL.WORKSHOP_ID.eq(id)).execute();
        writeChildren(id, plan);
        audit.record(AuditAction.UPDATE, ENTITY, id, "Workshop ändrad" + counts(plan), before, record);
        return find(id).orElseThrow();
    }

    public void delete(long id) {
        WorkshopRecord record = existing(id);
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Workshop borttagen", record, null);
    }

    private static String counts(WorkshopPlan plan) {
        return " (" + plan.workshop().branchIds().size() + " avdelningar, " + plan.agenda().size() + " programpunkter, "
                + plan.materials().size() + " material, " + plan.participants().size() + " deltagarrader)";
    }

    private void writeChildren(long id, WorkshopPlan plan) {
        for (Long branch : plan.workshop().branchIds()) {
            dsl.insertInto(WORKSHOP_BRANCH).set(WORKSHOP_BRANCH.WORKSHOP_ID, id).set(WORKSHOP_BRANCH.BRANCH_ID, branch)
                    .execute();
        }
        for (Integer goal : plan.workshop().operationalGoalIds()) {
            dsl.insertInto(WORKSHOP_GOAL).set(WORKSHOP_GOAL.WORKSHOP_ID, id)
                    .set(WORKSHOP_GOAL.OPERATIONAL_GOAL_ID, goal).execute();
        }
        int position = 0;
        for (AgendaItem item : plan.agenda()) {
            dsl.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.WORKSHOP_ID, id).set(AGENDA_ITEM.POSITION, position++)
                    .set(AGENDA_ITEM.TITLE, item.title()).set(AGENDA_ITEM.DURATION_MINUTES, item.durationMinutes())
                    .execute();
        }
        position = 0;
        for (MaterialItem item : plan.materials()) {
            dsl.insertInto(WORKSHOP_MATERIAL).set(WORKSHOP_MATERIAL.WORKSHOP_ID, id)
                    .set(WORKSHOP_MATERIAL.POSITION, position++).set(WORKSHOP_MATERIAL.TITLE, item.title())
                    .set(WORKSHOP_MATERIAL.DONE, item.done()).execute();
        }
        for (Participation p : plan.participants()) {
            dsl.insertInto(PARTICIPATION).set(PARTICIPATION.WORKSHOP_ID, id).set(PARTICIPATION.BRANCH_ID, p.branchId())
                    .set(PARTICIPATION.WOMEN, p.women()).set(PARTICIPATION.MEN, p.men())
                    .set(PARTICIPATION.OTHER, p.other()).execute();
        }
    }

    /** The agendas of the given workshops in order, by workshop id; a workshop without agenda is left out. */
    public java.util.Map<Long, List<AgendaItem>> agendas(java.util.Collection<Long> workshopIds) {
        java.util.Map<Long, List<AgendaItem>> agendas = new java.util.HashMap<>();
        if (workshopIds.isEmpty()) {
            return agendas;
        }
        dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.WORKSHOP_ID.in(workshopIds))
                .orderBy(AGENDA_ITEM.WORKSHOP_ID, AGENDA_ITEM.POSITION)
                .forEach(a -> agendas.computeIfAbsent(a.getWorkshopId(), w -> new java.util.ArrayList<>()).add(
                        new AgendaItem(a.getId(), a.getWorkshopId(), a.getPosition(), a.getTitle(),
                                a.getDurationMinutes())));
        return agendas;
    }

    public Optional<WorkshopPlan> find(long id) {
        return dsl.fetchOptional(WORKSHOP, WORKSHOP.ID.eq(id)).map(r -> new WorkshopPlan(
                toDomain(r),
                dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.WORKSHOP_ID.eq(id)).orderBy(AGENDA_ITEM.POSITION)
                        .fetch(a -> new AgendaItem(a.getId(), id, a.getPosition(), a.getTitle(), a.getDurationMinutes())),
                dsl.selectFrom(WORKSHOP_MATERIAL).where(WORKSHOP_MATERIAL.WORKSHOP_ID.eq(id))
                        .orderBy(WORKSHOP_MATERIAL.POSITION).fetch(m -> new MaterialItem(m.getTitle(), m.getDone())),
                dsl.selectFrom(PARTICIPATION).where(PARTICIPATION.WORKSHOP_ID.eq(id)).orderBy(PARTICIPATION.BRANCH_ID)
                        .fetch(p -> new Participation(id, p.getBranchId(), p.getWomen(), p.getMen(), p.getOther()))));
    }

    private Workshop toDomain(WorkshopRecord r) {
        long id = r.getId();
        return new Workshop(id, r.getTitle(), r.getWorkshopType(), r.getStatus(), r.getHeldOn(), r.getStartTime(),
                r.getEndTime(), r.getMunicipalityCode(), r.getAddress(), r.getOnlineLink(), r.getFacilitator(),
                r.getEvaluationNotes(),
                dsl.select(WORKSHOP_BRANCH.BRANCH_ID).from(WORKSHOP_BRANCH).where(WORKSHOP_BRANCH.WORKSHOP_ID.eq(id))
                        .orderBy(WORKSHOP_BRANCH.BRANCH_ID).fetch(WORKSHOP_BRANCH.BRANCH_ID),
                dsl.select(WORKSHOP_GOAL.OPERATIONAL_GOAL_ID).from(WORKSHOP_GOAL).where(WORKSHOP_GOAL.WORKSHOP_ID.eq(id))
                        .orderBy(WORKSHOP_GOAL.OPERATIONAL_GOAL_ID).fetch(WORKSHOP_GOAL.OPERATIONAL_GOAL_ID));
    }

    /** The workshops matching {@code filter}, newest date first (undated ideas last), at most {@code limit} rows. */
    public List<WorkshopRow> list(WorkshopFilter filter, int limit) {
        var typeName = english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV;
        var branches = DSL.field(DSL.select(DSL.listAgg(BRANCH.NAME, ", ").withinGroupOrderBy(BRANCH.NAME))
                .from(WORKSHOP_BRANCH).join(BRANCH).on(BRANCH.ID.eq(WORKSHOP_BRANCH.BRANCH_ID))
                .where(WORKSHOP_BRANCH.WORKSHOP_ID.eq(WORKSHOP.ID)));
        var participants = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PARTICIPATION.WOMEN.plus(PARTICIPATION.MEN)
                        .plus(PARTICIPATION.OTHER)), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(PARTICIPATION).where(PARTICIPATION.WORKSHOP_ID.eq(WORKSHOP.ID)));
        return dsl.select(WORKSHOP.ID, WORKSHOP.TITLE, typeName, WORKSHOP.STATUS, WORKSHOP.HELD_ON, WORKSHOP.START_TIME,
                        WORKSHOP.END_TIME, MUNICIPALITY.NAME_SV, WORKSHOP.ONLINE_LINK, branches, participants)
                .from(WORKSHOP)
                .join(WORKSHOP_TYPE).on(WORKSHOP_TYPE.CODE.eq(WORKSHOP.WORKSHOP_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(WORKSHOP.MUNICIPALITY_CODE))
                .where(conditions(filter))
                .orderBy(WORKSHOP.HELD_ON.desc().nullsLast(), WORKSHOP.START_TIME, WORKSHOP.ID)
                .limit(limit)
                .fetch(r -> new WorkshopRow(r.get(WORKSHOP.ID), r.get(WORKSHOP.TITLE), r.get(typeName),
                        r.get(WORKSHOP.STATUS), r.get(WORKSHOP.HELD_ON), r.get(WORKSHOP.START_TIME),
                        r.get(WORKSHOP.END_TIME), r.get(MUNICIPALITY.NAME_SV) != null ? r.get(MUNICIPALITY.NAME_SV)
                        : r.get(WORKSHOP.ONLINE_LINK), r.get(branches),
                        r.get(participants) == null ? 0 : r.get(participants).intValue()));
    }

    private static List<Condition> conditions(WorkshopFilter f) {
        List<Condition> where = new ArrayList<>();
        if (present(f.text())) {
            String like = "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%";
            where.add(DSL.lower(WORKSHOP.TITLE).like(like).or(DSL.lower(WORKSHOP.FACILITATOR).like(like)));
        }
        if (present(f.status())) {
            where.add(WORKSHOP.STATUS.eq(f.status()));
        }
        if (present(f.workshopType())) {
            where.add(WORKSHOP.WORKSHOP_TYPE.eq(f.workshopType()));
        }
        if (present(f.countyCode())) {
            where.add(MUNICIPALITY.COUNTY_CODE.eq(f.countyCode()).or(DSL.exists(DSL.selectOne().from(WORKSHOP_BRANCH)
                    .join(BRANCH_COUNTY).on(BRANCH_COUNTY.BRANCH_ID.eq(WORKSHOP_BRANCH.BRANCH_ID))
                    .where(WORKSHOP_BRANCH.WORKSHOP_ID.eq(WORKSHOP.ID).and(BRANCH_COUNTY.COUNTY_CODE.eq(f.countyCode()))))));
        }
        if (f.branchId() != null) {
            where.add(DSL.exists(DSL.selectOne().from(WORKSHOP_BRANCH).where(WORKSHOP_BRANCH.WORKSHOP_ID.eq(WORKSHOP.ID)
                    .and(WORKSHOP_BRANCH.BRANCH_ID.eq(f.branchId())))));
        }
        if (f.from() != null) {
            where.add(WORKSHOP.HELD_ON.ge(f.from()));
        }
        if (f.to() != null) {
            where.add(WORKSHOP.HELD_ON.le(f.to()));
        }
        return where;
    }

    /**
     * Every workshop for the {@code export} command, newest first: the id first, then the plan, the invited branches,
     * the agenda's minutes, the participants by gender and the linked operational goals.
     */
    public ExportTable exportTable() {
        var typeName = english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV;
        var branches = DSL.field(DSL.select(DSL.listAgg(BRANCH.NAME, ", ").withinGroupOrderBy(BRANCH.NAME))
                .from(WORKSHOP_BRANCH).join(BRANCH).on(BRANCH.ID.eq(WORKSHOP_BRANCH.BRANCH_ID))
                .where(WORKSHOP_BRANCH.WORKSHOP_ID.eq(WORKSHOP.ID)));
        var goals = DSL.field(DSL.select(DSL.listAgg(WORKSHOP_GOAL.OPERATIONAL_GOAL_ID.cast(String.class), ", ")
                        .withinGroupOrderBy(WORKSHOP_GOAL.OPERATIONAL_GOAL_ID))
                .from(WORKSHOP_GOAL).where(WORKSHOP_GOAL.WORKSHOP_ID.eq(WORKSHOP.ID)));
        var minutes = DSL.field(DSL.select(DSL.sum(AGENDA_ITEM.DURATION_MINUTES)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.WORKSHOP_ID.eq(WORKSHOP.ID)));
        var women = DSL.field(DSL.select(DSL.sum(PARTICIPATION.WOMEN)).from(PARTICIPATION)
                .where(PARTICIPATION.WORKSHOP_ID.eq(WORKSHOP.ID)));
        var men = DSL.field(DSL.select(DSL.sum(PARTICIPATION.MEN)).from(PARTICIPATION)
                .where(PARTICIPATION.WORKSHOP_ID.eq(WORKSHOP.ID)));
        var other = DSL.field(DSL.select(DSL.sum(PARTICIPATION.OTHER)).from(PARTICIPATION)
                .where(PARTICIPATION.WORKSHOP_ID.eq(WORKSHOP.ID)));
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(WORKSHOP.ID, WORKSHOP.TITLE, typeName, WORKSHOP.STATUS, WORKSHOP.HELD_ON, WORKSHOP.START_TIME,
                        WORKSHOP.END_TIME, MUNICIPALITY.NAME_SV, WORKSHOP.ADDRESS, WORKSHOP.ONLINE_LINK,
                        WORKSHOP.FACILITATOR, branches, minutes, women, men, other, goals, WORKSHOP.EVALUATION_NOTES)
                .from(WORKSHOP)
                .join(WORKSHOP_TYPE).on(WORKSHOP_TYPE.CODE.eq(WORKSHOP.WORKSHOP_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(WORKSHOP.MUNICIPALITY_CODE))
                .orderBy(WORKSHOP.HELD_ON.desc().nullsLast(), WORKSHOP.ID)
                .forEach(r -> rows.add(java.util.Arrays.asList(r.get(WORKSHOP.ID), r.get(WORKSHOP.TITLE),
                        r.get(typeName), r.get(WORKSHOP.STATUS), r.get(WORKSHOP.HELD_ON),
                        text(r.get(WORKSHOP.START_TIME)), text(r.get(WORKSHOP.END_TIME)), r.get(MUNICIPALITY.NAME_SV),
                        r.get(WORKSHOP.ADDRESS), r.get(WORKSHOP.ONLINE_LINK), r.get(WORKSHOP.FACILITATOR),
                        r.get(branches), number(r.get(minutes)), number(r.get(women)), number(r.get(men)),
                        number(r.get(other)), r.get(goals), r.get(WORKSHOP.EVALUATION_NOTES))));
        return new ExportTable("Workshops", List.of("id", "title", "workshop_type", "status", "held_on", "start_time",
                "end_time", "municipality", "address", "online_link", "facilitator", "branches", "agenda_minutes",
                "women", "men", "other", "operational_goals", "evaluation_notes"), rows);
    }

    private static Object text(java.time.LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static Integer number(java.math.BigDecimal value) {
        return value == null ? null : value.intValue();
    }

    /** The eight operational goals a workshop can be linked to, as "1 Åtaganden på samtliga nivåer". */
    public List<se.samverkan.domain.Choice> goals() {
        return dsl.select(OPERATIONAL_GOAL.ID, OPERATIONAL_GOAL.NAME_SV).from(OPERATIONAL_GOAL).orderBy(OPERATIONAL_GOAL.ID)
                .fetch(r -> new se.samverkan.domain.Choice(r.value1(), r.value1() + " " + r.value2()));
    }

    /** The kinds of workshop, in the order the seeds list them (the table's insertion order). */
    public List<WorkshopType> types() {
        var name = english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV;
        return dsl.select(WORKSHOP_TYPE.CODE, name).from(WORKSHOP_TYPE)
                .orderBy(DSL.when(WORKSHOP_TYPE.CODE.eq("OTHER"), 1).otherwise(0), name)
                .fetch(r -> new WorkshopType(r.value1(), r.value2()));
    }

    private WorkshopRecord existing(long id) {
        return dsl.fetchOptional(WORKSHOP, WORKSHOP.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no workshop with id " + id));
    }

    private static void copy(Workshop w, WorkshopRecord r) {
        r.setTitle(w.title());
        r.setWorkshopType(w.workshopType());
        r.setStatus(w.status());
        r.setHeldOn(w.heldOn());
        r.setStartTime(w.startTime());
        r.setEndTime(w.endTime());
        r.setMunicipalityCode(w.municipalityCode());
        r.setAddress(w.address());
        r.setOnlineLink(w.onlineLink());
        r.setFacilitator(w.facilitator());
        r.setEvaluationNotes(w.evaluationNotes());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
