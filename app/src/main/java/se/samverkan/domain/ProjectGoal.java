package se.samverkan.domain;

/** One of the project's three goals (seed 000): the seed text, read only, and the coordinator's local wording note. */
public record ProjectGoal(int id, String name, String text, String localNote) {
}
