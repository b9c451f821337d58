package se.samverkan.domain;

/**
 * A node of the network map.
 *
 * @param actorType   the organisation's actor type, or for a person that of their organisation (null if none)
 * @param publicActor whether the actor type is a public body (Region, municipality, Arbetsförmedlingen, …)
 * @param organisationId for a person, the organisation they work at (null if none or for an organisation)
 */
public record NetworkNode(PartyRef ref, String label, String actorType, boolean publicActor, String countyCode,
                          String municipalityCode, Long branchId, Long organisationId) {
}
