package se.samverkan.domain;

/** One party (a person or an organisation) taking part in an interaction. */
public record Participant(long interactionId, Long personId, Long organisationId) {
}
