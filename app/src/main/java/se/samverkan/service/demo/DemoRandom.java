package se.samverkan.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The single source of randomness of the generator: a seeded {@link Random}, so a seed fixes the whole data set. */
final class DemoRandom {

    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    /** A number from lo to hi, both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    /** Up to {@code n} distinct items in a stable (insertion) order; fewer when the list is shorter. */
    <T> List<T> sample(List<T> items, int n) {
        if (n >= items.size()) {
            return new ArrayList<>(items);
        }
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < n) {
            picked.add(random.nextInt(items.size()));
        }
        List<T> result = new ArrayList<>(n);
        picked.forEach(i -> result.add(items.get(i)));
        return result;
    }
}
