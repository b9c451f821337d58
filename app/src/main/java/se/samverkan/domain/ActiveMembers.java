package se.samverkan.domain;

/** A branch's active members on 1 January of a year: the cost-allocation key. */
public record ActiveMembers(long branchId, int year, int members) {
}
