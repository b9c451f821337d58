package se.samverkan.domain;

import java.time.LocalDate;

/**
 * A relationship on the network map.
 *
 * @param since           when it began (null: as long as the records go back)
 * @param endedOn         when it ended (null: it still holds)
 * @param lastInteraction the last logged interaction both parties took part in, or null
 */
public record NetworkEdge(long relationshipId, PartyRef from, PartyRef to, String kind, int strength, LocalDate since,
                          LocalDate endedOn,
                          Long ownerBranchId, LocalDate lastInteraction) {
}
