package se.samverkan.domain;

/** One line of the organisations table. */
public record OrganisationRow(long id, String name, String actorTypeName, String municipalityName, String email,
                              String phone, int people) {
}
