package se.samverkan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the store knows about one party with relationships, as input for relationship health.
 *
 * @param influence          the latest assessment's influence, or null when never assessed
 * @param strongestRelation  the highest strength (1–5) among the party's relationships
 * @param lastContact        the day of the latest interaction the party took part in, or null when none
 * @param contactsInYear     interactions in the twelve months up to the day the facts were read for
 */
public record PartyContactFacts(PartyRef party, String name, String organisationName, Integer influence,
                                int strongestRelation, LocalDate lastContact, int contactsInYear) {

    public PartyContactFacts {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(name, "name");
    }
}
