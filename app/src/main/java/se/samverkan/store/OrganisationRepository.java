package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ACTOR_TYPE;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.OrganisationFilter;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.store.jooq.tables.records.OrganisationRecord;

/** Organisations (aktörer) of the network; every change is audited in the same transaction. */
public final class OrganisationRepository {

    static final String ENTITY = "organisation";
    private final DSLContext dsl;
    private final AuditLog audit;
    private final boolean english;

    OrganisationRepository(DSLContext dsl, AuditLog audit, boolean english) {
        this.dsl = dsl;
        this.audit = audit;
        this.english = english;
    }

    public Organisation create(Organisation organisation) {
        OrganisationRecord record = dsl.newRecord(ORGANISATION);
        copy(organisation, record);
        record.store();
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Organisation skapad", null, record);
        return toDomain(record);
    }

    public Organisation update(Organisation organisation) {
        OrganisationRecord record = existing(organisation.id());
        OrganisationRecord before = record.copy();
        before.setId(record.getId());
        copy(organisation, record);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        audit.record(AuditAction.UPDATE, ENTITY, organisation.id(), "Organisation ändrad", before, record);
        return toDomain(record);
    }

    /** Deletes the organisation; its people stay, without an organisation (the schema sets it null). */
    public void delete(long id) {
        OrganisationRecord record = existing(id);
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Organisation borttagen", record, null);
    }

    public Optional<Organisation> find(long id) {
        return dsl.fetchOptional(ORGANISATION, ORGANISATION.ID.eq(id)).map(OrganisationRepository::toDomain);
    }

    /** The organisations matching {@code filter}, sorted by name, at most {@code limit} rows. */
    public List<OrganisationRow> list(OrganisationFilter filter, int limit) {
        var people = DSL.selectCount().from(PERSON).where(PERSON.ORGANISATION_ID.eq(ORGANISATION.ID)).asField("people");
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, english ? ACTOR_TYPE.NAME_EN : ACTOR_TYPE.NAME_SV,
                        MUNICIPALITY.NAME_SV, ORGANISATION.EMAIL, ORGANISATION.PHONE, people)
                .from(ORGANISATION)
                .join(ACTOR_TYPE).on(ACTOR_TYPE.CODE.eq(ORGANISATION.ACTOR_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(ORGANISATION.MUNICIPALITY_CODE))
                .where(conditions(filter))
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID)
                .limit(limit)
                .fetch(r -> new OrganisationRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), (Integer) r.value7()));
    }

    private static List<Condition> conditions(OrganisationFilter f) {
        List<Condition> where = new ArrayList<>();
        if (PersonRepository.present(f.text())) {
            String like = "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%";
            where.add(DSL.lower(ORGANISATION.NAME).like(like).or(DSL.lower(ORGANISATION.EMAIL).like(like)));
        }
        if (PersonRepository.present(f.actorType())) {
            where.add(ORGANISATION.ACTOR_TYPE.eq(f.actorType()));
        }
        if (PersonRepository.present(f.countyCode())) {
            where.add(ORGANISATION.COUNTY_CODE.eq(f.countyCode()));
        }
        if (PersonRepository.present(f.municipalityCode())) {
            where.add(ORGANISATION.MUNICIPALITY_CODE.eq(f.municipalityCode()));
        }
        return where;
    }

    /** Organisations with the same name ignoring case and surrounding spaces: likely duplicates of a new one. */
    public List<Organisation> withName(String name) {
        return dsl.selectFrom(ORGANISATION)
                .where(DSL.lower(DSL.trim(ORGANISATION.NAME)).eq(name.trim().toLowerCase(Locale.ROOT)))
                .orderBy(ORGANISATION.ID).fetch(OrganisationRepository::toDomain);
    }

    /** Organisations whose name starts with {@code prefix}: candidates the service scores for near-identical names. */
    public List<Organisation> withNamePrefix(String prefix, int limit) {
        return dsl.selectFrom(ORGANISATION)
                .where(DSL.lower(ORGANISATION.NAME).like(prefix.toLowerCase(Locale.ROOT) + "%"))
                .orderBy(ORGANISATION.ID).limit(limit).fetch(OrganisationRepository::toDomain);
    }

    /** Every organisation by name: what the person form's organisation picker offers. */
    public List<se.samverkan.domain.Choice> choices() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION).orderBy(ORGANISATION.NAME, ORGANISATION.ID)
                .fetch(r -> new se.samverkan.domain.Choice(r.value1(), r.value2()));
    }

    /** The kinds an organisation can be, in vocabulary order (by name). */
    public List<se.samverkan.domain.ActorType> actorTypes() {
        var name = english ? ACTOR_TYPE.NAME_EN : ACTOR_TYPE.NAME_SV;
        return dsl.select(ACTOR_TYPE.CODE, name).from(ACTOR_TYPE).orderBy(name)
                .fetch(r -> new se.samverkan.domain.ActorType(r.value1(), r.value2()));
    }

    private OrganisationRecord existing(long id) {
        return dsl.fetchOptional(ORGANISATION, ORGANISATION.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no organisation with id " + id));
    }

    private static void copy(Organisation o, OrganisationRecord r) {
        r.setName(o.name());
        r.setActorType(o.actorType());
        r.setCountyCode(o.countyCode());
        r.setMunicipalityCode(o.municipalityCode());
        r.setEmail(o.email());
        r.setPhone(o.phone());
        r.setWebsite(o.website());
        r.setVerifyBy(o.verifyBy());
    }

    private static Organisation toDomain(OrganisationRecord r) {
        return new Organisation(r.getId(), r.getName(), r.getActorType(), r.getCountyCode(), r.getMunicipalityCode(),
                r.getEmail(), r.getPhone(), r.getWebsite(), r.getVerifyBy());
    }
}
