package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.RELATIONSHIP;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;
import se.samverkan.store.jooq.tables.records.RelationshipRecord;

/** Relationships between people and organisations; every change is audited. Notes travel beside the record. */
public final class RelationshipRepository {

    static final String ENTITY = "relationship";
    private final DSLContext dsl;
    private final AuditLog audit;

    RelationshipRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Relationship create(Relationship relationship, String notes) {
        RelationshipRecord r = dsl.newRecord(RELATIONSHIP);
        copy(relationship, notes, r);
        r.store();
        audit.record(AuditAction.CREATE, ENTITY, r.getId(), "Relation skapad", null, r);
        return toDomain(r);
    }

    public Relationship update(Relationship relationship, String notes) {
        RelationshipRecord r = dsl.fetchOptional(RELATIONSHIP, RELATIONSHIP.ID.eq(relationship.id()))
                .orElseThrow(() -> new IllegalArgumentException("no relationship with id " + relationship.id()));
        RelationshipRecord before = r.copy();
        before.setId(r.getId());
        copy(relationship, notes, r);
        r.setUpdatedAt(LocalDateTime.now());
        r.store();
        audit.record(AuditAction.UPDATE, ENTITY, r.getId(), "Relation ändrad", before, r);
        return toDomain(r);
    }

    public void delete(long id) {
        RelationshipRecord r = dsl.fetchOptional(RELATIONSHIP, RELATIONSHIP.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no relationship with id " + id));
        r.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Relation borttagen", r, null);
    }

    public Optional<Relationship> find(long id) {
        return dsl.fetchOptional(RELATIONSHIP, RELATIONSHIP.ID.eq(id)).map(RelationshipRepository::toDomain);
    }

    public Optional<String> notes(long id) {
        return dsl.select(RELATIONSHIP.NOTES).from(RELATIONSHIP).where(RELATIONSHIP.ID.eq(id)).fetchOptional(r -> r.value1());
    }

    /** The party's relationships in either direction, strongest first. */
    public List<Relationship> of(PartyRef party) {
        var condition = party.isPerson()
                ? RELATIONSHIP.FROM_PERSON_ID.eq(party.personId()).or(RELATIONSHIP.TO_PERSON_ID.eq(party.personId()))
                : RELATIONSHIP.FROM_ORG_ID.eq(party.organisationId()).or(RELATIONSHIP.TO_ORG_ID.eq(party.organisationId()));
        return dsl.selectFrom(RELATIONSHIP).where(condition)
                .orderBy(RELATIONSHIP.STRENGTH.desc(), RELATIONSHIP.ID).fetch(RelationshipRepository::toDomain);
    }

    private static void copy(Relationship rel, String notes, RelationshipRecord r) {
        r.setFromPersonId(rel.fromPersonId());
        r.setFromOrgId(rel.fromOrgId());
        r.setToPersonId(rel.toPersonId());
        r.setToOrgId(rel.toOrgId());
        r.setKind(rel.kind());
        r.setStrength(rel.strength());
        r.setSince(rel.since());
        r.setOwnerBranchId(rel.ownerBranchId());
        r.setEndedOn(rel.endedOn());
        r.setNotes(notes);
    }

    private static Relationship toDomain(RelationshipRecord r) {
        return new Relationship(r.getId(), r.getFromPersonId(), r.getFromOrgId(), r.getToPersonId(), r.getToOrgId(),
                r.getKind(), r.getStrength(), r.getSince(), r.getOwnerBranchId(), r.getEndedOn());
    }
}
