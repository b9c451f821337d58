package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ACTOR_TYPE;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.NetworkSeat;
import se.samverkan.domain.PartyRef;

/** Reads the whole network (people, organisations, relationships) as nodes and edges for the map and its analyses. */
public final class NetworkRepository {

    private final DSLContext dsl;

    NetworkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<NetworkNode> nodes() {
        List<NetworkNode> nodes = new ArrayList<>();
        var orgType = ACTOR_TYPE.as("org_type");
        var employer = ORGANISATION.as("employer");
        dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ACTOR_TYPE, orgType.IS_PUBLIC,
                        ORGANISATION.COUNTY_CODE, ORGANISATION.MUNICIPALITY_CODE)
                .from(ORGANISATION).join(orgType).on(orgType.CODE.eq(ORGANISATION.ACTOR_TYPE))
                .forEach(r -> nodes.add(new NetworkNode(PartyRef.organisation(r.get(ORGANISATION.ID)), r.get(ORGANISATION.NAME),
                        r.get(ORGANISATION.ACTOR_TYPE), Boolean.TRUE.equals(r.get(orgType.IS_PUBLIC)),
                        r.get(ORGANISATION.COUNTY_CODE), r.get(ORGANISATION.MUNICIPALITY_CODE), null, null)));
        dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, employer.ACTOR_TYPE, orgType.IS_PUBLIC,
                        PERSON.COUNTY_CODE, PERSON.MUNICIPALITY_CODE, PERSON.BRANCH_ID, PERSON.ORGANISATION_ID)
                .from(PERSON)
                .leftJoin(employer).on(employer.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(orgType).on(orgType.CODE.eq(employer.ACTOR_TYPE))
                .forEach(r -> nodes.add(new NetworkNode(PartyRef.person(r.get(PERSON.ID)),
                        r.get(PERSON.FIRST_NAME) + " " + r.get(PERSON.LAST_NAME), r.get(employer.ACTOR_TYPE),
                        Boolean.TRUE.equals(r.get(orgType.IS_PUBLIC)), r.get(PERSON.COUNTY_CODE),
                        r.get(PERSON.MUNICIPALITY_CODE), r.get(PERSON.BRANCH_ID), r.get(PERSON.ORGANISATION_ID))));
        return nodes;
    }

    public List<NetworkEdge> edges() {
        Map<String, LocalDate> lastTogether = lastInteractionPerPair();
        return dsl.select(RELATIONSHIP.ID, RELATIONSHIP.FROM_PERSON_ID, RELATIONSHIP.FROM_ORG_ID, RELATIONSHIP.TO_PERSON_ID,
                        RELATIONSHIP.TO_ORG_ID, RELATIONSHIP.KIND, RELATIONSHIP.STRENGTH, RELATIONSHIP.SINCE,
                        RELATIONSHIP.ENDED_ON, RELATIONSHIP.OWNER_BRANCH_ID)
                .from(RELATIONSHIP)
                .orderBy(RELATIONSHIP.ID)
                .fetch(r -> {
                    PartyRef from = ref(r.get(RELATIONSHIP.FROM_PERSON_ID), r.get(RELATIONSHIP.FROM_ORG_ID));
                    PartyRef to = ref(r.get(RELATIONSHIP.TO_PERSON_ID), r.get(RELATIONSHIP.TO_ORG_ID));
                    return new NetworkEdge(r.get(RELATIONSHIP.ID), from, to, r.get(RELATIONSHIP.KIND),
                            r.get(RELATIONSHIP.STRENGTH), r.get(RELATIONSHIP.SINCE), r.get(RELATIONSHIP.ENDED_ON),
                            r.get(RELATIONSHIP.OWNER_BRANCH_ID),
                            lastTogether.get(pairKey(from, to)));
                });
    }

    /** Every forum seat with its term, for the map's forum filter (who sat in the forum on the shown date). */
    public List<NetworkSeat> seats() {
        return dsl.select(SEAT.PERSON_ID, SEAT.FORUM_ID, FORUM.NAME, SEAT.TERM_FROM, SEAT.TERM_TO)
                .from(SEAT).join(FORUM).on(FORUM.ID.eq(SEAT.FORUM_ID))
                .orderBy(FORUM.NAME, SEAT.ID)
                .fetch(r -> new NetworkSeat(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The last interaction per pair of participants, in one pass over the participant table. */
    private Map<String, LocalDate> lastInteractionPerPair() {
        var a = INTERACTION_PARTICIPANT.as("a");
        var b = INTERACTION_PARTICIPANT.as("b");
        Field<LocalDate> last = DSL.max(INTERACTION.OCCURRED_ON).as("last_on");
        Map<String, LocalDate> result = new HashMap<>();
        dsl.select(a.PERSON_ID, a.ORGANISATION_ID, b.PERSON_ID, b.ORGANISATION_ID, last)
                .from(a)
                .join(b).on(b.INTERACTION_ID.eq(a.INTERACTION_ID))
                .join(INTERACTION).on(INTERACTION.ID.eq(a.INTERACTION_ID))
                // every ordered pair of different participants; both orders end up under the same key below
                .where(a.PERSON_ID.isDistinctFrom(b.PERSON_ID).or(a.ORGANISATION_ID.isDistinctFrom(b.ORGANISATION_ID)))
                .groupBy(a.PERSON_ID, a.ORGANISATION_ID, b.PERSON_ID, b.ORGANISATION_ID)
                .forEach(r -> result.merge(pairKey(ref(r.value1(), r.value2()), ref(r.value3(), r.value4())), r.get(last),
                        (x, y) -> x.isAfter(y) ? x : y));
        return result;
    }

    private static PartyRef ref(Long personId, Long organisationId) {
        return personId != null ? PartyRef.person(personId) : PartyRef.organisation(organisationId);
    }

    /** The same key whichever way round the pair is named. */
    static String pairKey(PartyRef x, PartyRef y) {
        String a = (x.isPerson() ? "P:" : "O:") + x.id();
        String b = (y.isPerson() ? "P:" : "O:") + y.id();
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
