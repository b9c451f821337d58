package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.FOLLOW_UP;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.TableField;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.FollowUp;
import se.samverkan.store.jooq.tables.records.FollowUpRecord;

/**
 * The follow-ups of one logged contact, forum meeting or political demand (the parent is named by its column in the follow_up
 * table, so both share one table and the home screen lists them together). Every change is audited.
 */
final class FollowUpRows {

    static final String ENTITY = "follow_up";
    private final DSLContext dsl;
    private final AuditLog audit;
    private final TableField<FollowUpRecord, Long> parent;

    /** @param parent {@code FOLLOW_UP.INTERACTION_ID}, {@code FOLLOW_UP.FORUM_MEETING_ID} or {@code FOLLOW_UP.DEMAND_ID} */
    FollowUpRows(DSLContext dsl, AuditLog audit, TableField<FollowUpRecord, Long> parent) {
        this.dsl = dsl;
        this.audit = audit;
        this.parent = parent;
    }

    /** Adds a follow-up to the parent {@code parentId}; the argument's id is ignored. */
    FollowUp add(long parentId, FollowUp f) {
        FollowUpRecord r = dsl.newRecord(FOLLOW_UP);
        r.set(parent, parentId);
        r.setDescription(f.description());
        r.setDueDate(f.dueDate());
        r.setDoneOn(f.doneOn());
        r.setResponsible(f.responsible());
        r.store();
        audit.record(AuditAction.CREATE, ENTITY, r.getId(), "Uppföljning skapad", null, r);
        return toDomain(r);
    }

    /**
     * Makes the parent's follow-ups those listed: one with an id is changed (its done day kept), one without is added,
     * and those no longer listed are removed.
     */
    void replace(long parentId, List<FollowUp> followUps) {
        Set<Long> kept = new HashSet<>();
        for (FollowUp f : followUps) {
            if (f.id() == 0) {
                kept.add(add(parentId, f).id());
                continue;
            }
            FollowUpRecord r = dsl.fetchOptional(FOLLOW_UP, FOLLOW_UP.ID.eq(f.id()).and(parent.eq(parentId)))
                    .orElseThrow(() -> new IllegalArgumentException("no follow-up " + f.id() + " on " + parentId));
            FollowUpRecord was = r.copy();
            was.setId(r.getId());
            r.setDescription(f.description());
            r.setDueDate(f.dueDate());
            r.setResponsible(f.responsible());
            if (r.changed()) {
                r.store();
                audit.record(AuditAction.UPDATE, ENTITY, r.getId(), "Uppföljning ändrad", was, r);
            }
            kept.add(r.getId());
        }
        for (FollowUpRecord gone : dsl.selectFrom(FOLLOW_UP).where(parent.eq(parentId).and(FOLLOW_UP.ID.notIn(kept)))
                .fetch()) {
            gone.delete();
            audit.record(AuditAction.DELETE, ENTITY, gone.getId(), "Uppföljning borttagen", gone, null);
        }
    }

    /** The parent's follow-ups, soonest due first. */
    List<FollowUp> of(long parentId) {
        return dsl.selectFrom(FOLLOW_UP).where(parent.eq(parentId)).orderBy(FOLLOW_UP.DUE_DATE, FOLLOW_UP.ID)
                .fetch(FollowUpRows::toDomain);
    }

    static FollowUp toDomain(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getInteractionId(), r.getForumMeetingId(), r.getDescription(), r.getDueDate(),
                r.getDoneOn(), r.getResponsible());
    }
}
