package se.samverkan.domain;

import java.time.LocalDate;

/**
 * The health of one party's relationship with us, with the numbers that led to it.
 *
 * @param influence        the influence used: the latest assessment's, or the policy's default when never assessed
 * @param cadenceDays      how often the party should be contacted
 * @param lastContact      the latest interaction, or null when there has been none
 * @param daysSinceContact days from the last contact to today, or null when there has been none
 * @param contactsInYear   interactions in the last twelve months
 * @param expectedInYear   interactions the cadence asks for in twelve months
 * @param overdueDays      days past the cadence (negative while within it); the cadence itself when never contacted
 */
public record RelationshipHealth(PartyRef party, String name, String organisationName, int influence, int strength,
                                 int cadenceDays, LocalDate lastContact, Integer daysSinceContact, int contactsInYear,
                                 int expectedInYear, long overdueDays, RelationshipHealthStatus status) {

    /** Influence or strength from which a relation counts as important. */
    public static final int IMPORTANT = 4;

    /** Important enough to be missed when it goes cold: high influence or a strong tie. */
    public boolean important() {
        return influence >= IMPORTANT || strength >= IMPORTANT;
    }
}
