package se.samverkan.service.costs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole number of kronor in proportion to weights so that the parts add up exactly (Hamilton's largest
 * remainder method): each part gets the whole kronor of its quota, and the kronor left over go one each to the
 * largest remainders. A tie goes to the larger weight, then to the earlier in the list, so the split never depends
 * on chance or on the order the database returns rows in.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /** The parts of {@code total} (≥ 0) for {@code weights} (each ≥ 0, not all 0); same order as the weights. */
    static long[] split(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("no weight to split by");
        }
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // exact integer arithmetic: total × weight fits in a long for any realistic cost and membership
            long product = Math.multiplyExact(total, weights[i]);
            parts[i] = product / sum;
            remainders[i] = product % sum;
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(i -> weights[i]).reversed())
                .thenComparingInt(i -> i));
        for (int k = 0; k < total - given; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
