package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.SEAT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.store.jooq.tables.records.PersonRecord;
import se.samverkan.store.jooq.tables.records.PoliticalOfficeRecord;

/** People (kontakter) and their political offices; every change is audited in the same transaction. */
public final class PersonRepository {

    static final String ENTITY = "person";
    static final String OFFICE_ENTITY = "political_office";
    private final DSLContext dsl;
    private final AuditLog audit;

    PersonRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Person create(Person person) {
        PersonRecord record = dsl.newRecord(PERSON);
        copy(person, record);
        record.store();
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Person skapad", null, record);
        return toDomain(record);
    }

    public Person update(Person person) {
        PersonRecord record = existing(person.id());
        PersonRecord before = record.copy();
        before.setId(record.getId());
        copy(person, record);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        audit.record(AuditAction.UPDATE, ENTITY, person.id(), "Person ändrad", before, record);
        return toDomain(record);
    }

    public void delete(long id) {
        PersonRecord record = existing(id);
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Person borttagen", record, null);
    }

    /**
     * Merges person {@code otherId} into {@code kept} (whose fields the caller has already chosen): everything that
     * pointed at the other person points at the kept one, the kept person is updated and the other deleted, each
     * audited. Run it inside one transaction (the session's); a failure anywhere leaves both people as they were.
     */
    public Person mergeInto(Person kept, long otherId) {
        if (kept.id() == otherId) {
            throw new IllegalArgumentException("a person cannot be merged with itself");
        }
        PersonRecord other = existing(otherId);
        int moved = new PersonReferences(dsl).move(otherId, kept.id());
        PersonRecord record = existing(kept.id());
        PersonRecord before = record.copy();
        before.setId(record.getId());
        copy(kept, record);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        audit.record(AuditAction.UPDATE, ENTITY, kept.id(),
                "Person sammanslagen med person " + otherId + " (" + moved + " kopplingar flyttade hit)", before, record);
        other.delete();
        audit.record(AuditAction.DELETE, ENTITY, otherId, "Person sammanslagen in i person " + kept.id(), other, null);
        return toDomain(record);
    }

    public Optional<Person> find(long id) {
        return dsl.fetchOptional(PERSON, PERSON.ID.eq(id)).map(PersonRepository::toDomain);
    }

    /** The people matching {@code filter}, sorted by last and first name, at most {@code limit} rows. */
    public List<PersonRow> list(PersonFilter filter, int limit) {
        return dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.TITLE, ORGANISATION.NAME,
                        MUNICIPALITY.NAME_SV, PERSON.EMAIL, PERSON.PHONE, PERSON.VERIFY_BY)
                .from(PERSON)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(PERSON.MUNICIPALITY_CODE))
                .where(conditions(filter))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID)
                .limit(limit)
                .fetch(r -> new PersonRow(r.get(PERSON.ID), r.get(PERSON.FIRST_NAME) + " " + r.get(PERSON.LAST_NAME),
                        r.get(PERSON.TITLE), r.get(ORGANISATION.NAME), r.get(MUNICIPALITY.NAME_SV),
                        r.get(PERSON.EMAIL), r.get(PERSON.PHONE), r.get(PERSON.VERIFY_BY)));
    }

    private static List<Condition> conditions(PersonFilter f) {
        List<Condition> where = new ArrayList<>();
        if (present(f.text())) {
            String like = "%" + f.text().trim().toLowerCase(java.util.Locale.ROOT) + "%";
            where.add(DSL.lower(DSL.concat(PERSON.FIRST_NAME, DSL.inline(" "), PERSON.LAST_NAME)).like(like)
                    .or(DSL.lower(PERSON.EMAIL).like(like))
                    .or(DSL.lower(PERSON.TITLE).like(like)));
        }
        if (present(f.actorType())) {
            where.add(ORGANISATION.ACTOR_TYPE.eq(f.actorType()));
        }
        if (present(f.countyCode())) {
            where.add(PERSON.COUNTY_CODE.eq(f.countyCode()));
        }
        if (present(f.municipalityCode())) {
            where.add(PERSON.MUNICIPALITY_CODE.eq(f.municipalityCode()));
        }
        if (f.branchId() != null) {
            where.add(PERSON.BRANCH_ID.eq(f.branchId()));
        }
        if (f.verifyDueBy() != null) {
            where.add(PERSON.VERIFY_BY.le(f.verifyDueBy()));
        }
        if (f.forumId() != null) {
            where.add(DSL.exists(DSL.selectOne().from(SEAT)
                    .where(SEAT.PERSON_ID.eq(PERSON.ID).and(SEAT.FORUM_ID.eq(f.forumId())))));
        }
        return where;
    }

    /** People whose e-mail equals {@code email} ignoring case. */
    public List<Person> withEmail(String email) {
        return dsl.selectFrom(PERSON).where(DSL.lower(PERSON.EMAIL).eq(email.trim().toLowerCase(java.util.Locale.ROOT)))
                .orderBy(PERSON.ID).fetch(PersonRepository::toDomain);
    }

    /** People with the same first and last name (ignoring case) at organisation {@code organisationId}. */
    public List<Person> withNameAt(String first, String last, long organisationId) {
        return dsl.selectFrom(PERSON)
                .where(DSL.lower(PERSON.FIRST_NAME).eq(first.trim().toLowerCase(java.util.Locale.ROOT))
                        .and(DSL.lower(PERSON.LAST_NAME).eq(last.trim().toLowerCase(java.util.Locale.ROOT)))
                        .and(PERSON.ORGANISATION_ID.eq(organisationId)))
                .orderBy(PERSON.ID).fetch(PersonRepository::toDomain);
    }

    /**
     * Candidates for a near-identical name: the last name starts with the same {@code prefix} (ignoring case). The
     * service scores them; the prefix keeps the candidate set small on a large network.
     */
    public List<Person> withLastNamePrefix(String prefix, int limit) {
        return dsl.selectFrom(PERSON)
                .where(DSL.lower(PERSON.LAST_NAME).like(prefix.toLowerCase(java.util.Locale.ROOT) + "%"))
                .orderBy(PERSON.ID).limit(limit).fetch(PersonRepository::toDomain);
    }

    /** The forums, by name, for the list's "samverkansforum" filter. */
    public List<se.samverkan.domain.Choice> forumChoices() {
        return dsl.select(FORUM.ID, FORUM.NAME).from(FORUM).orderBy(FORUM.NAME, FORUM.ID)
                .fetch(r -> new se.samverkan.domain.Choice(r.value1(), r.value2()));
    }

    public List<PoliticalOffice> offices(long personId) {
        return dsl.selectFrom(POLITICAL_OFFICE).where(POLITICAL_OFFICE.PERSON_ID.eq(personId))
                .orderBy(POLITICAL_OFFICE.TERM_FROM.desc().nullsLast(), POLITICAL_OFFICE.ID)
                .fetch(r -> new PoliticalOffice(r.getId(), r.getPersonId(), r.getBody(), r.getLevel(), r.getParty(),
                        r.getMunicipalityCode(), r.getCountyCode(), r.getRole(), r.getTermFrom(), r.getTermTo()));
    }

    public long addOffice(PoliticalOffice office) {
        PoliticalOfficeRecord r = dsl.newRecord(POLITICAL_OFFICE);
        r.setPersonId(office.personId());
        r.setBody(office.body());
        r.setLevel(office.level());
        r.setParty(office.party());
        r.setMunicipalityCode(office.municipalityCode());
        r.setCountyCode(office.countyCode());
        r.setRole(office.role());
        r.setTermFrom(office.termFrom());
        r.setTermTo(office.termTo());
        r.store();
        audit.record(AuditAction.CREATE, OFFICE_ENTITY, r.getId(), "Politiskt uppdrag tillagt", null, r);
        return r.getId();
    }

    public void removeOffice(long officeId) {
        PoliticalOfficeRecord r = dsl.fetchOptional(POLITICAL_OFFICE, POLITICAL_OFFICE.ID.eq(officeId))
                .orElseThrow(() -> new IllegalArgumentException("no political office with id " + officeId));
        r.delete();
        audit.record(AuditAction.DELETE, OFFICE_ENTITY, officeId, "Politiskt uppdrag borttaget", r, null);
    }

    /** Every person, in id order: an import matches a whole file against them in memory (one query, not one per row). */
    public List<Person> all() {
        return dsl.selectFrom(PERSON).orderBy(PERSON.ID).fetchSize(1_000).fetch(PersonRepository::toDomain);
    }

    private PersonRecord existing(long id) {
        return dsl.fetchOptional(PERSON, PERSON.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no person with id " + id));
    }

    private static void copy(Person p, PersonRecord r) {
        r.setFirstName(p.firstName());
        r.setLastName(p.lastName());
        r.setTitle(p.title());
        r.setOrganisationId(p.organisationId());
        r.setBranchId(p.branchId());
        r.setEmail(p.email());
        r.setPhone(p.phone());
        r.setCountyCode(p.countyCode());
        r.setMunicipalityCode(p.municipalityCode());
        r.setUnionMember(p.unionMember());
        r.setUnionRole(p.unionRole());
        r.setVerifyBy(p.verifyBy());
    }

    private static Person toDomain(PersonRecord r) {
        return new Person(r.getId(), r.getFirstName(), r.getLastName(), r.getTitle(), r.getOrganisationId(),
                r.getBranchId(), r.getEmail(), r.getPhone(), r.getCountyCode(), r.getMunicipalityCode(),
                r.getUnionMember(), r.getUnionRole(), r.getVerifyBy());
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
