package se.samverkan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fördelningsnyckel of one year (seed 001 §5.4): the project's cost, half carried by the national union and half
 * by the branches, split by their active members on 1 January. All amounts in whole kronor, summing exactly.
 *
 * @param totalCost null when no cost is entered for the year
 * @param missing   branches without a member figure for the year (they get no share until it is entered)
 */
public record CostAllocation(int year, BigDecimal totalCost, BigDecimal unionAmount, BigDecimal branchesAmount,
                             int totalMembers, List<BranchCostShare> branches, List<String> missing) {

    public CostAllocation {
        branches = List.copyOf(branches);
        missing = List.copyOf(missing);
    }
}
