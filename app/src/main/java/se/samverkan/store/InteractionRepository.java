package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyRef;
import se.samverkan.store.jooq.tables.records.FollowUpRecord;
import se.samverkan.store.jooq.tables.records.InteractionRecord;

/** Logged interactions, who took part and their follow-ups; every change is audited. */
public final class InteractionRepository {

    static final String ENTITY = "interaction";
    private final DSLContext dsl;
    private final AuditLog audit;
    private final FollowUpRows followUps;

    InteractionRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.followUps = new FollowUpRows(dsl, audit, FOLLOW_UP.INTERACTION_ID);
    }

    /** Stores the interaction, its participants and its follow-ups; ids in the argument are ignored. */
    public InteractionLog log(InteractionLog log) {
        Interaction in = log.interaction();
        InteractionRecord record = dsl.newRecord(INTERACTION);
        record.setOccurredOn(in.occurredOn());
        record.setKind(in.kind());
        record.setTopic(in.topic());
        record.setNotes(in.notes());
        record.setBranchId(in.branchId());
        record.store();
        long id = record.getId();
        for (PartyRef party : log.participants()) {
            dsl.insertInto(INTERACTION_PARTICIPANT, INTERACTION_PARTICIPANT.INTERACTION_ID,
                            INTERACTION_PARTICIPANT.PERSON_ID, INTERACTION_PARTICIPANT.ORGANISATION_ID)
                    .values(id, party.personId(), party.organisationId()).execute();
        }
        List<FollowUp> stored = log.followUps().stream().map(f -> followUps.add(id, f)).toList();
        audit.record(AuditAction.CREATE, ENTITY, id, "Kontakt loggad med " + log.participants().size() + " deltagare",
                null, record);
        return new InteractionLog(new Interaction(id, in.occurredOn(), in.kind(), in.topic(), in.notes(), in.branchId()),
                log.participants(), stored);
    }

    /**
     * Changes a logged interaction: its fields, who took part (replaced) and its follow-ups — a follow-up with an id is
     * changed (its done day kept), one without is added, and those no longer listed are removed. Audited.
     */
    public InteractionLog update(InteractionLog log) {
        Interaction in = log.interaction();
        InteractionRecord record = dsl.fetchOptional(INTERACTION, INTERACTION.ID.eq(in.id()))
                .orElseThrow(() -> new IllegalArgumentException("no interaction with id " + in.id()));
        InteractionRecord before = record.copy();
        before.setId(record.getId());
        record.setOccurredOn(in.occurredOn());
        record.setKind(in.kind());
        record.setTopic(in.topic());
        record.setNotes(in.notes());
        record.setBranchId(in.branchId());
        record.setUpdatedAt(java.time.LocalDateTime.now());
        record.store();
        long id = record.getId();
        dsl.deleteFrom(INTERACTION_PARTICIPANT).where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(id)).execute();
        for (PartyRef party : log.participants()) {
            dsl.insertInto(INTERACTION_PARTICIPANT, INTERACTION_PARTICIPANT.INTERACTION_ID,
                            INTERACTION_PARTICIPANT.PERSON_ID, INTERACTION_PARTICIPANT.ORGANISATION_ID)
                    .values(id, party.personId(), party.organisationId()).execute();
        }
        followUps.replace(id, log.followUps());
        audit.record(AuditAction.UPDATE, ENTITY, id, "Kontakt ändrad, " + log.participants().size() + " deltagare",
                before, record);
        return find(id).orElseThrow();
    }

    /** Marks a follow-up done on {@code on}; done again keeps the first day. */
    public FollowUp markDone(long followUpId, LocalDate on) {
        FollowUpRecord r = dsl.fetchOptional(FOLLOW_UP, FOLLOW_UP.ID.eq(followUpId))
                .orElseThrow(() -> new IllegalArgumentException("no follow-up with id " + followUpId));
        if (r.getDoneOn() == null) {
            FollowUpRecord before = r.copy();
            before.setId(r.getId());
            r.setDoneOn(on);
            r.store();
            audit.record(AuditAction.UPDATE, FollowUpRows.ENTITY, followUpId, "Uppföljning klar", before, r);
        }
        return FollowUpRows.toDomain(r);
    }

    public Optional<InteractionLog> find(long id) {
        return dsl.fetchOptional(INTERACTION, INTERACTION.ID.eq(id)).map(this::withDetails);
    }

    /** The interactions a party took part in, newest first. */
    public List<InteractionLog> of(PartyRef party) {
        var takesPart = party.isPerson()
                ? INTERACTION_PARTICIPANT.PERSON_ID.eq(party.personId())
                : INTERACTION_PARTICIPANT.ORGANISATION_ID.eq(party.organisationId());
        return dsl.selectFrom(INTERACTION)
                .where(INTERACTION.ID.in(DSL.select(INTERACTION_PARTICIPANT.INTERACTION_ID)
                        .from(INTERACTION_PARTICIPANT).where(takesPart)))
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.ID.desc())
                .fetch(this::withDetails);
    }

    public List<FollowUp> followUps(long interactionId) {
        return followUps.of(interactionId);
    }

    /** Deletes the interaction; its participants and follow-ups go with it (cascade). */
    public void delete(long id) {
        InteractionRecord record = dsl.fetchOptional(INTERACTION, INTERACTION.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no interaction with id " + id));
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Kontakt borttagen", record, null);
    }

    private InteractionLog withDetails(InteractionRecord r) {
        List<PartyRef> parties = dsl.select(INTERACTION_PARTICIPANT.PERSON_ID, INTERACTION_PARTICIPANT.ORGANISATION_ID)
                .from(INTERACTION_PARTICIPANT).where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(r.getId()))
                .fetch(p -> new PartyRef(p.value1(), p.value2()));
        return new InteractionLog(new Interaction(r.getId(), r.getOccurredOn(), r.getKind(), r.getTopic(), r.getNotes(),
                r.getBranchId()), parties, followUps(r.getId()));
    }
}
