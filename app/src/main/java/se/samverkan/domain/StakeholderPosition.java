package se.samverkan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a party stands on the influence/interest grid by its latest assessment, with what the grid filters on.
 *
 * @param detail     for a person the organisation they work at, for an organisation null
 * @param actorType  the organisation's actor type code, or for a person that of their organisation (null if none)
 * @param countyCode the party's county (null if unknown)
 */
public record StakeholderPosition(PartyRef party, String name, String detail, String actorType, String countyCode,
                                  int influence, int interest, LocalDate assessedOn) {

    public StakeholderPosition {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(name, "name");
    }

    public StakeholderQuadrant quadrant() {
        return StakeholderQuadrant.of(influence, interest);
    }
}
