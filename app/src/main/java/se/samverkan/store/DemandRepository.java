package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.DEMAND_CATALOGUE;
import static se.samverkan.store.jooq.Tables.DEMAND_PERSON;
import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLICY_AREA;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.CatalogueDemand;
import se.samverkan.domain.Choice;
import se.samverkan.domain.DemandFilter;
import se.samverkan.domain.DemandRow;
import se.samverkan.domain.ExportTable;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.store.jooq.tables.records.PoliticalDemandRecord;

/**
 * Local political demands with the people involved, and seed 002's inspiration catalogue. A save writes the demand
 * and replaces its people, audited in the same transaction. Audit summaries name no person (special categories).
 */
public final class DemandRepository {

    static final String ENTITY = "political_demand";
    private final DSLContext dsl;
    private final AuditLog audit;
    private final boolean english;
    private final FollowUpRows followUps;

    DemandRepository(DSLContext dsl, AuditLog audit, boolean english) {
        this.dsl = dsl;
        this.audit = audit;
        this.english = english;
        this.followUps = new FollowUpRows(dsl, audit, FOLLOW_UP.DEMAND_ID);
    }

    public PoliticalDemand create(PoliticalDemand demand) {
        PoliticalDemandRecord record = dsl.newRecord(POLITICAL_DEMAND);
        copy(demand, record);
        record.store();
        writePeople(record.getId(), demand.personIds());
        demand.followUps().forEach(f -> followUps.add(record.getId(), f));
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Politiskt krav skapat (" + demand.personIds().size()
                + " personer)", null, record);
        return find(record.getId()).orElseThrow();
    }

    public PoliticalDemand update(PoliticalDemand demand) {
        long id = demand.id();
        PoliticalDemandRecord record = existing(id);
        PoliticalDemandRecord before = record.copy();
        before.setId(id);
        copy(demand, record);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        dsl.deleteFrom(DEMAND_PERSON).where(DEMAND_PERSON.DEMAND_ID.eq(id)).execute();
        writePeople(id, demand.personIds());
        followUps.replace(id, demand.followUps());
        audit.record(AuditAction.UPDATE, ENTITY, id, "Politiskt krav ändrat (" + demand.personIds().size()
                + " personer)", before, record);
        return find(id).orElseThrow();
    }

    public void delete(long id) {
        PoliticalDemandRecord record = existing(id);
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Politiskt krav borttaget", record, null);
    }

    private void writePeople(long id, List<Long> personIds) {
        for (Long person : personIds.stream().distinct().toList()) {
            dsl.insertInto(DEMAND_PERSON).set(DEMAND_PERSON.DEMAND_ID, id).set(DEMAND_PERSON.PERSON_ID, person).execute();
        }
    }

    public Optional<PoliticalDemand> find(long id) {
        return dsl.fetchOptional(POLITICAL_DEMAND, POLITICAL_DEMAND.ID.eq(id)).map(r -> new PoliticalDemand(id,
                r.getTitle(), r.getBody(), r.getPolicyArea(), r.getLevel(), r.getMunicipalityCode(), r.getCountyCode(),
                r.getBranchId(), r.getStatus(), r.getRaisedOn(), r.getDecidedOn(), people(id).stream().map(Choice::id)
                .toList(), r.getNotes(), followUps.of(id)));
    }

    /** The people involved in a demand, by name. */
    public List<Choice> people(long demandId) {
        return dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME).from(DEMAND_PERSON)
                .join(PERSON).on(PERSON.ID.eq(DEMAND_PERSON.PERSON_ID))
                .where(DEMAND_PERSON.DEMAND_ID.eq(demandId))
                .orderBy(DSL.lower(PERSON.LAST_NAME), DSL.lower(PERSON.FIRST_NAME), PERSON.ID)
                .fetch(r -> new Choice(r.value1(), r.value2() + " " + r.value3()));
    }

    /** The demands matching {@code filter}, most recently raised first (undated last), at most {@code limit}. */
    public List<DemandRow> list(DemandFilter filter, int limit) {
        var area = english ? POLICY_AREA.NAME_EN : POLICY_AREA.NAME_SV;
        return dsl.select(POLITICAL_DEMAND.ID, POLITICAL_DEMAND.TITLE, area, POLITICAL_DEMAND.LEVEL, MUNICIPALITY.NAME_SV,
                        COUNTY.NAME_SV, BRANCH.NAME, POLITICAL_DEMAND.STATUS, POLITICAL_DEMAND.RAISED_ON,
                        POLITICAL_DEMAND.DECIDED_ON)
                .from(POLITICAL_DEMAND)
                .join(POLICY_AREA).on(POLICY_AREA.CODE.eq(POLITICAL_DEMAND.POLICY_AREA))
                .join(BRANCH).on(BRANCH.ID.eq(POLITICAL_DEMAND.BRANCH_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(POLITICAL_DEMAND.MUNICIPALITY_CODE))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(POLITICAL_DEMAND.COUNTY_CODE))
                .where(conditions(filter))
                .orderBy(POLITICAL_DEMAND.RAISED_ON.desc().nullsLast(), POLITICAL_DEMAND.ID.desc())
                .limit(limit)
                .fetch(r -> new DemandRow(r.get(POLITICAL_DEMAND.ID), r.get(POLITICAL_DEMAND.TITLE), r.get(area),
                        r.get(POLITICAL_DEMAND.LEVEL), r.get(MUNICIPALITY.NAME_SV) != null ? r.get(MUNICIPALITY.NAME_SV)
                        : r.get(COUNTY.NAME_SV), r.get(BRANCH.NAME), r.get(POLITICAL_DEMAND.STATUS),
                        r.get(POLITICAL_DEMAND.RAISED_ON), r.get(POLITICAL_DEMAND.DECIDED_ON)));
    }

    private static List<Condition> conditions(DemandFilter f) {
        List<Condition> where = new ArrayList<>();
        if (present(f.text())) {
            String like = "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%";
            where.add(DSL.lower(POLITICAL_DEMAND.TITLE).like(like).or(DSL.lower(POLITICAL_DEMAND.BODY).like(like)));
        }
        if (present(f.status())) {
            where.add(POLITICAL_DEMAND.STATUS.eq(f.status()));
        }
        if (present(f.policyArea())) {
            where.add(POLITICAL_DEMAND.POLICY_AREA.eq(f.policyArea()));
        }
        if (f.branchId() != null) {
            where.add(POLITICAL_DEMAND.BRANCH_ID.eq(f.branchId()));
        }
        if (present(f.countyCode())) {
            where.add(POLITICAL_DEMAND.COUNTY_CODE.eq(f.countyCode()).or(MUNICIPALITY.COUNTY_CODE.eq(f.countyCode())));
        }
        return where;
    }

    /** Seed 002's example demands in the order the guide lists them. */
    public List<CatalogueDemand> catalogue() {
        return dsl.selectFrom(DEMAND_CATALOGUE).orderBy(DEMAND_CATALOGUE.ID).fetch(r -> new CatalogueDemand(r.getId(),
                r.getTitle(), r.getBody(), r.getPolicyArea(), r.getLevel()));
    }

    /** Every demand for the {@code export} command, newest first: the id first, the people involved as a count. */
    public ExportTable exportTable() {
        var area = english ? POLICY_AREA.NAME_EN : POLICY_AREA.NAME_SV;
        var people = DSL.field(DSL.selectCount().from(DEMAND_PERSON)
                .where(DEMAND_PERSON.DEMAND_ID.eq(POLITICAL_DEMAND.ID)));
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(POLITICAL_DEMAND.ID, POLITICAL_DEMAND.TITLE, area, POLITICAL_DEMAND.LEVEL, COUNTY.NAME_SV,
                        MUNICIPALITY.NAME_SV, BRANCH.NAME, POLITICAL_DEMAND.STATUS, POLITICAL_DEMAND.RAISED_ON,
                        POLITICAL_DEMAND.DECIDED_ON, people, POLITICAL_DEMAND.BODY, POLITICAL_DEMAND.NOTES)
                .from(POLITICAL_DEMAND)
                .join(POLICY_AREA).on(POLICY_AREA.CODE.eq(POLITICAL_DEMAND.POLICY_AREA))
                .join(BRANCH).on(BRANCH.ID.eq(POLITICAL_DEMAND.BRANCH_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(POLITICAL_DEMAND.MUNICIPALITY_CODE))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(POLITICAL_DEMAND.COUNTY_CODE))
                .orderBy(POLITICAL_DEMAND.RAISED_ON.desc().nullsLast(), POLITICAL_DEMAND.ID)
                .forEach(r -> rows.add(Arrays.asList(r.get(POLITICAL_DEMAND.ID), r.get(POLITICAL_DEMAND.TITLE),
                        r.get(area), r.get(POLITICAL_DEMAND.LEVEL), r.get(COUNTY.NAME_SV), r.get(MUNICIPALITY.NAME_SV),
                        r.get(BRANCH.NAME), r.get(POLITICAL_DEMAND.STATUS), r.get(POLITICAL_DEMAND.RAISED_ON),
                        r.get(POLITICAL_DEMAND.DECIDED_ON), r.get(people), r.get(POLITICAL_DEMAND.BODY),
                        r.get(POLITICAL_DEMAND.NOTES))));
        return new ExportTable("Politiska krav", List.of("id", "title", "policy_area", "level", "county",
                "municipality", "branch", "demand_status", "raised_on", "decided_on", "people", "text", "notes"), rows);
    }

    private PoliticalDemandRecord existing(long id) {
        return dsl.fetchOptional(POLITICAL_DEMAND, POLITICAL_DEMAND.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no political demand with id " + id));
    }

    private static void copy(PoliticalDemand d, PoliticalDemandRecord r) {
        r.setTitle(d.title());
        r.setBody(d.body());
        r.setPolicyArea(d.policyArea());
        r.setLevel(d.level());
        r.setMunicipalityCode(d.municipalityCode());
        r.setCountyCode(d.countyCode());
        r.setBranchId(d.branchId());
        r.setStatus(d.status());
        r.setRaisedOn(d.raisedOn());
        r.setDecidedOn(d.decidedOn());
        r.setNotes(d.notes());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
