package se.samverkan.domain;

/**
 * A tie between two parties, each a person or an organisation (exactly one id of each side is set).
 *
 * @param since   when it began (null: as long as the records go back)
 * @param endedOn when it ended (null: it still holds)
 */
public record Relationship(long id, Long fromPersonId, Long fromOrgId, Long toPersonId, Long toOrgId, String kind,
                           int strength, java.time.LocalDate since, Long ownerBranchId, java.time.LocalDate endedOn) {
}
