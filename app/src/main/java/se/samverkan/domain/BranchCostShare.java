package se.samverkan.domain;

import java.math.BigDecimal;

/**
 * One branch's part of the year's project cost.
 *
 * @param activeMembers the branch's active members on 1 January, null when not known (then no share)
 * @param share         the branch's part of the branches' half (members ÷ all members), 0 without members
 * @param amount        whole kronor; the branches' amounts add up exactly to their half
 */
public record BranchCostShare(long branchId, int number, String name, Integer activeMembers, double share,
                              BigDecimal amount) {
}
