package se.samverkan.domain;

/**
 * One branch against the 1 % goal on a day: its active members (of {@code memberYear}, the latest year up to the
 * day's; null without data), the goal (members needed in office), the union members holding a municipal or regional
 * elected office, their share of the active members in percent (null without data) and the verdict.
 */
public record OnePercentRow(long branchId, String branch, Integer memberYear, Integer activeMembers, Integer goal,
                            int elected, Double sharePercent, Verdict verdict) {

    /** Whether the branch reaches its goal; NO_DATA without membership figures. */
    public enum Verdict { REACHED, NOT_REACHED, NO_DATA }
}
