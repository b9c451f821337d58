package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.AUDIT_ENTRY;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONFormat;
import org.jooq.Record;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.AuditEntry;

/**
 * Writes and reads the audit trail. Every repository write goes through {@link #record}, in the same transaction as
 * the change, so a change and its audit entry are committed together or not at all.
 */
public final class AuditLog {

    private static final JSONFormat JSON = new JSONFormat().header(false).recordFormat(JSONFormat.RecordFormat.OBJECT);
    private final DSLContext dsl;

    AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The person who makes changes on this machine: the operating-system account. */
    static String actor() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "okänd" : user;
    }

    void record(AuditAction action, String entity, Long entityId, String summary, Record before, Record after) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.AT, LocalDateTime.now())
                .set(AUDIT_ENTRY.ACTOR, actor())
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.ENTITY, entity)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.SUMMARY, summary)
                .set(AUDIT_ENTRY.BEFORE_JSON, before == null ? null : before.formatJSON(JSON))
                .set(AUDIT_ENTRY.AFTER_JSON, after == null ? null : after.formatJSON(JSON))
                .execute();
    }

    /** An entry for a change that touches many records at once (a demo load, an import, a restore). */
    public void recordBulk(AuditAction action, String entity, String summary) {
        record(action, entity, null, summary, null, null);
    }

    public List<AuditEntry> forRecord(String entity, long entityId) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY.eq(entity).and(AUDIT_ENTRY.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getActor(), AuditAction.valueOf(r.getAction()),
                        r.getEntity(), r.getEntityId(), r.getSummary(), r.getBeforeJson(), r.getAfterJson()));
    }
}
