package se.samverkan.domain;

/** A dated contact or meeting with the network. */
public record Interaction(long id, java.time.LocalDate occurredOn, String kind, String topic, String notes, Long branchId) {
}
