package se.samverkan.service.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.samverkan.domain.Branch;
import se.samverkan.domain.BranchCostShare;
import se.samverkan.domain.CostAllocation;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.service.network.FieldProblem;

/**
 * The fördelningsnyckel (seed 001 §5.4, decision 0018): the year's project cost, half carried by the national union and
 * half by the branches, the branches' half split by their active members on 1 January, in whole kronor that add up
 * exactly to the total. An odd krona of the 50/50 split goes to the national union (the employer of the coordinators).
 */
public final class CostAllocationService {

    public static final String TOTAL = "total";
    public static final String MEMBERS = "members";
    private final Workspace workspace;
    private final Clock clock;

    public CostAllocationService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Years with a cost or member figures, this year and next, in order. */
    public List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> stored = workspace.read(s -> s.projectCosts().years());
        var years = new TreeSet<Integer>(stored);
        years.add(now);
        years.add(now + 1);
        return new ArrayList<>(years);
    }

    public CostAllocation allocation(int year) {
        return workspace.read(s -> allocate(year, s.projectCosts().cost(year).orElse(null), s.branches().all(),
                s.projectCosts().members(year)));
    }

    /** The split itself, on plain values (for the window, the report and the tests). */
    static CostAllocation allocate(int year, BigDecimal total, List<Branch> branches, Map<Long, Integer> members) {
        List<Branch> counted = branches.stream().filter(b -> members.get(b.id()) != null).toList();
        List<String> missing = branches.stream().filter(b -> members.get(b.id()) == null).map(Branch::name).toList();
        long memberSum = counted.stream().mapToLong(b -> members.get(b.id())).sum();
        long whole = total == null ? 0 : total.setScale(0, RoundingMode.HALF_UP).longValueExact();
        long union = whole - whole / 2;
        long branchesPart = whole / 2;
        long[] parts = new long[counted.size()];
        if (memberSum > 0) {
            parts = LargestRemainder.split(branchesPart, counted.stream().mapToLong(b -> members.get(b.id())).toArray());
        }
        List<BranchCostShare> shares = new ArrayList<>();
        for (Branch b : branches) {
            int i = counted.indexOf(b);
            Integer m = members.get(b.id());
            shares.add(new BranchCostShare(b.id(), b.number(), b.name(), m,
                    memberSum == 0 || m == null ? 0 : m / (double) memberSum,
                    i < 0 || memberSum == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(parts[i])));
        }
        return new CostAllocation(year, total == null ? null : BigDecimal.valueOf(whole),
                BigDecimal.valueOf(total == null ? 0 : union), BigDecimal.valueOf(memberSum == 0 ? 0 : branchesPart),
                (int) memberSum, shares, missing);
    }

    /** Sets the year's project cost in whole kronor (null removes it). */
    public void setCost(int year, BigDecimal total) {
        FieldChecks checks = new FieldChecks();
        checks.require(total == null || total.signum() >= 0, TOTAL, FieldProblem.OUT_OF_RANGE);
        checks.require(total == null || total.stripTrailingZeros().scale() <= 0, TOTAL, FieldProblem.WHOLE_KRONOR);
        checks.throwIfAny();
        workspace.inTransaction(s -> {
            s.projectCosts().setCost(year, total);
            return null;
        });
    }

    /** Sets a branch's active members on 1 January of {@code year} (null removes the figure). */
    public void setMembers(long branchId, int year, Integer members) {
        FieldChecks checks = new FieldChecks();
        checks.require(members == null || members >= 0, MEMBERS, FieldProblem.OUT_OF_RANGE);
        checks.throwIfAny();
        workspace.inTransaction(s -> {
            s.projectCosts().setMembers(branchId, year, members);
            return null;
        });
    }
}
