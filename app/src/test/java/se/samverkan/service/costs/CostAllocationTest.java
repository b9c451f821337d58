package se.samverkan.service.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;
import se.samverkan.domain.BranchCostShare;
import se.samverkan.domain.CostAllocation;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.ValidationException;

class CostAllocationTest {

    private static Branch branch(long id, int number, String name) {
        return new Branch(id, number, name, "SE22", List.of("12"), null, null);
    }

    private static final List<Branch> BRANCHES = List.of(branch(1, 11, "Avdelning Ett"), branch(2, 22, "Avdelning Två"),
            branch(3, 33, "Avdelning Tre"));

    @Test
    void partsAddUpExactlyAndTheKronorLeftGoToTheLargestRemainders() {
        assertThat(LargestRemainder.split(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        assertThat(LargestRemainder.split(10, new long[] {2, 3, 5})).containsExactly(2, 3, 5);
        // 1000 × 1/7, 2/7, 4/7 = 142.86, 285.71, 571.43: the remainders .86 and .71 take the two kronor left
        assertThat(LargestRemainder.split(1000, new long[] {1, 2, 4})).containsExactly(143, 286, 571);
        long[] many = new long[97];
        Arrays.fill(many, 1);
        many[40] = 3;
        assertThat(Arrays.stream(LargestRemainder.split(1_234_567, many)).sum()).isEqualTo(1_234_567);
        assertThatThrownBy(() -> LargestRemainder.split(10, new long[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTieGoesToTheLargerBranchThenToTheEarlierOne() {
        // 5 kr over weights 2, 1, 1, 2 (sum 6): quotas 1.67, 0.83, 0.83, 1.67 → floors 1, 0, 0, 1, 3 kr left;
        // remainders .67 (2×, weight 2) then .83 (2×, weight 1): the .83s come first, then the earlier .67
        assertThat(LargestRemainder.split(5, new long[] {2, 1, 1, 2})).containsExactly(2, 1, 1, 1);
        // equal remainders and equal weights: list order decides
        assertThat(LargestRemainder.split(2, new long[] {1, 1, 1})).containsExactly(1, 1, 0);
    }

    @Test
    void halfIsTheUnionsAndTheBranchesHalfFollowsTheirMembers() {
        CostAllocation a = CostAllocationService.allocate(2026, new BigDecimal("2 400 001".replace(" ", "")), BRANCHES,
                Map.of(1L, 5_000, 2L, 3_000, 3L, 2_000));

        assertThat(a.unionAmount()).isEqualByComparingTo("1200001");
        assertThat(a.branchesAmount()).isEqualByComparingTo("1200000");
        assertThat(a.branches()).extracting(BranchCostShare::amount).extracting(BigDecimal::longValue)
                .containsExactly(600_000L, 360_000L, 240_000L);
        assertThat(a.branches().get(0).share()).isEqualTo(0.5);
        assertThat(a.totalMembers()).isEqualTo(10_000);
        assertThat(a.missing()).isEmpty();
        assertThat(a.unionAmount().add(a.branches().stream().map(BranchCostShare::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))).isEqualByComparingTo(a.totalCost());
    }

    @Test
    void aBranchWithoutAMemberFigureGetsNoShareAndIsNamed() {
        CostAllocation a = CostAllocationService.allocate(2026, BigDecimal.valueOf(1_000_000), BRANCHES,
                Map.of(1L, 4_000, 2L, 4_000));

        assertThat(a.missing()).containsExactly("Avdelning Tre");
        assertThat(a.branches()).extracting(s -> s.amount().longValue()).containsExactly(250_000L, 250_000L, 0L);
        assertThat(a.branches().get(2).activeMembers()).isNull();

        CostAllocation none = CostAllocationService.allocate(2026, null, BRANCHES, Map.of());
        assertThat(none.totalCost()).isNull();
        assertThat(none.branches()).allSatisfy(s -> assertThat(s.amount()).isEqualByComparingTo("0"));
    }

    @Test
    void theCostAndMembersAreStoredPerYearAndWholeKronorOnly(@TempDir Path dir) {
        try (Workspace workspace = Workspace.create(dir, "pw".toCharArray())) {
            var service = new CostAllocationService(workspace,
                    Clock.fixed(LocalDate.of(2026, 5, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            long branch = workspace.inTransaction(s -> s.branches().create(branch(0, 44, "Avdelning Fyra"))).id();
            service.setCost(2026, BigDecimal.valueOf(900_000));
            service.setMembers(branch, 2026, 3_100);

            CostAllocation a = service.allocation(2026);
            assertThat(a.branches()).singleElement().satisfies(s -> assertThat(s.amount()).isEqualByComparingTo("450000"));
            assertThat(service.years()).containsExactly(2026, 2027);
            assertThatThrownBy(() -> service.setCost(2026, new BigDecimal("10.50")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> service.setMembers(branch, 2026, -1)).isInstanceOf(ValidationException.class);
            service.setCost(2026, null);
            assertThat(service.allocation(2026).totalCost()).isNull();
        }
    }
}
