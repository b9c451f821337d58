package se.samverkan.domain;

/** How many from a branch took part in a held workshop, by gender. */
public record Participation(long workshopId, long branchId, int women, int men, int other) {
}
