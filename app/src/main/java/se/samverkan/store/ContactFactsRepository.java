package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.STAKEHOLDER_ASSESSMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.PartyContactFacts;
import se.samverkan.domain.PartyRef;

/**
 * The facts relationship health is computed from, for every party that has at least one relationship: strongest
 * relationship, latest influence, last contact and contacts in the last year. Read in a handful of grouped queries
 * rather than per party, so the home screen stays fast on a large network.
 */
public final class ContactFactsRepository {

    private final DSLContext dsl;

    ContactFactsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param today the day the facts are for; interactions after it are ignored, contacts counted back one year */
    public List<PartyContactFacts> partiesWithRelationships(LocalDate today) {
        Map<PartyRef, Integer> strongest = strongestRelations();
        Map<PartyRef, Integer> influence = latestInfluence();
        Map<PartyRef, LocalDate> last = new HashMap<>();
        Map<PartyRef, Integer> inYear = new HashMap<>();
        LocalDate yearAgo = today.minusYears(1);
        var lastOn = DSL.max(INTERACTION.OCCURRED_ON);
        var count = DSL.count().filterWhere(INTERACTION.OCCURRED_ON.gt(yearAgo));
        dsl.select(INTERACTION_PARTICIPANT.PERSON_ID, INTERACTION_PARTICIPANT.ORGANISATION_ID, lastOn, count)
                .from(INTERACTION_PARTICIPANT)
                .join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_PARTICIPANT.INTERACTION_ID))
                .where(INTERACTION.OCCURRED_ON.le(today))
                .groupBy(INTERACTION_PARTICIPANT.PERSON_ID, INTERACTION_PARTICIPANT.ORGANISATION_ID)
                .forEach(r -> {
                    PartyRef party = new PartyRef(r.value1(), r.value2());
                    last.put(party, r.value3());
                    inYear.put(party, r.value4());
                });
        Map<Long, String[]> people = new HashMap<>();
        dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, ORGANISATION.NAME)
                .from(PERSON).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(PERSON.ID.in(DSL.select(RELATIONSHIP.FROM_PERSON_ID).from(RELATIONSHIP))
                        .or(PERSON.ID.in(DSL.select(RELATIONSHIP.TO_PERSON_ID).from(RELATIONSHIP))))
                .forEach(r -> people.put(r.value1(), new String[] {r.value2() + " " + r.value3(), r.value4()}));
        Map<Long, String> orgs = dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.ID.in(DSL.select(RELATIONSHIP.FROM_ORG_ID).from(RELATIONSHIP))
                        .or(ORGANISATION.ID.in(DSL.select(RELATIONSHIP.TO_ORG_ID).from(RELATIONSHIP)))).fetchMap(ORGANISATION.ID, ORGANISATION.NAME);
        List<PartyContactFacts> facts = new ArrayList<>(strongest.size());
        strongest.forEach((party, strength) -> {
            String[] person = party.isPerson() ? people.get(party.personId()) : null;
            String name = party.isPerson() ? (person == null ? null : person[0]) : orgs.get(party.organisationId());
            if (name != null) {
                facts.add(new PartyContactFacts(party, name, person == null ? null : person[1], influence.get(party),
                        strength, last.get(party), inYear.getOrDefault(party, 0)));
            }
        });
        return facts;
    }

    private Map<PartyRef, Integer> strongestRelations() {
        Map<PartyRef, Integer> strongest = new HashMap<>();
        dsl.select(RELATIONSHIP.FROM_PERSON_ID, RELATIONSHIP.FROM_ORG_ID, RELATIONSHIP.TO_PERSON_ID,
                        RELATIONSHIP.TO_ORG_ID, RELATIONSHIP.STRENGTH)
                .from(RELATIONSHIP)
                .forEach(r -> {
                    strongest.merge(new PartyRef(r.value1(), r.value2()), r.value5(), Math::max);
                    strongest.merge(new PartyRef(r.value3(), r.value4()), r.value5(), Math::max);
                });
        return strongest;
    }

    private Map<PartyRef, Integer> latestInfluence() {
        Map<PartyRef, Integer> influence = new HashMap<>();
        // Ascending order: a later assessment overwrites an earlier one, so the map ends with the latest.
        dsl.select(STAKEHOLDER_ASSESSMENT.PERSON_ID, STAKEHOLDER_ASSESSMENT.ORGANISATION_ID,
                        STAKEHOLDER_ASSESSMENT.INFLUENCE)
                .from(STAKEHOLDER_ASSESSMENT)
                .orderBy(STAKEHOLDER_ASSESSMENT.ASSESSED_ON, STAKEHOLDER_ASSESSMENT.ID)
                .forEach(r -> influence.put(new PartyRef(r.value1(), r.value2()), r.value3()));
        return influence;
    }
}
