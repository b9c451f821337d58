package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.APP_META;
import static se.samverkan.store.jooq.Tables.NETWORK_PIN;
import static se.samverkan.store.jooq.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.MapPin;
import se.samverkan.domain.PartyRef;

/**
 * What the network map remembers: the positions the coordinator pinned, and which person is "Jag" (the coordinator's
 * own record, the default start of "who can introduce me?").
 *
 * <p>Pins are not audited: a position on the map says nothing about the person, and dragging a node would otherwise
 * bury the real changes in the audit trail under hundreds of entries. Choosing "Jag" is audited, like any setting
 * that points at a person.
 */
public final class NetworkMapRepository {

    static final String ME_KEY = "map.me.person_id";
    private final DSLContext dsl;
    private final AuditLog audit;

    NetworkMapRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public List<MapPin> pins() {
        return dsl.select(NETWORK_PIN.PERSON_ID, NETWORK_PIN.ORGANISATION_ID, NETWORK_PIN.X, NETWORK_PIN.Y)
                .from(NETWORK_PIN).orderBy(NETWORK_PIN.ID)
                .fetch(r -> new MapPin(r.value1() != null ? PartyRef.person(r.value1()) : PartyRef.organisation(r.value2()),
                        r.value3(), r.value4()));
    }

    /** Pins a party at a position, or moves its pin there. */
    public void pin(PartyRef party, double x, double y) {
        int moved = dsl.update(NETWORK_PIN).set(NETWORK_PIN.X, x).set(NETWORK_PIN.Y, y)
                .set(NETWORK_PIN.PINNED_AT, LocalDateTime.now())
                .where(matches(party)).execute();
        if (moved == 0) {
            dsl.insertInto(NETWORK_PIN)
                    .set(NETWORK_PIN.PERSON_ID, party.personId())
                    .set(NETWORK_PIN.ORGANISATION_ID, party.organisationId())
                    .set(NETWORK_PIN.X, x).set(NETWORK_PIN.Y, y)
                    .set(NETWORK_PIN.PINNED_AT, LocalDateTime.now())
                    .execute();
        }
    }

    /** Lets the layout place the party again. */
    public void unpin(PartyRef party) {
        dsl.deleteFrom(NETWORK_PIN).where(matches(party)).execute();
    }

    private static org.jooq.Condition matches(PartyRef party) {
        return party.isPerson() ? NETWORK_PIN.PERSON_ID.eq(party.personId())
                : NETWORK_PIN.ORGANISATION_ID.eq(party.organisationId());
    }

    /** The person the coordinator marked as themselves, if any (and if that person still exists). */
    public Optional<Long> me() {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(ME_KEY))
                .fetchOptional(r -> Long.parseLong(r.value1()))
                // app_meta has no foreign key: a deleted person is no longer "Jag"
                .filter(id -> dsl.fetchExists(PERSON, PERSON.ID.eq(id)));
    }

    /** Marks a person as the coordinator ("Jag"), or forgets the choice with null. */
    public void setMe(Long personId) {
        var before = dsl.fetchOne(APP_META, APP_META.META_KEY.eq(ME_KEY));
        dsl.deleteFrom(APP_META).where(APP_META.META_KEY.eq(ME_KEY)).execute();
        var after = personId == null ? null : dsl.newRecord(APP_META);
        if (after != null) {
            after.setMetaKey(ME_KEY);
            after.setMetaValue(String.valueOf(personId));
            after.store();
        }
        audit.record(AuditAction.UPDATE, "app_meta", null, "Nätverkskartans Jag ändrad", before, after);
    }
}
