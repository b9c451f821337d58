package se.samverkan.domain;

/** One of the eight operational goals (verksamhetsmål, seed 001 §5) under a project goal, with a local wording note. */
public record OperationalGoal(int id, int projectGoalId, String name, String text, String localNote) {
}
