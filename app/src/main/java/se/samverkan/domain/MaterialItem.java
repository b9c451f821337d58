package se.samverkan.domain;

/** One line of a workshop's materials checklist, in position order; {@code done} once it is packed or prepared. */
public record MaterialItem(String title, boolean done) {
}
