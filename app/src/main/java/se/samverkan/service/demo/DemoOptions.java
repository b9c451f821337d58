package se.samverkan.service.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many people, from which seed, relative to which day. The same options always give the same
 * data set, so {@code today} is an input rather than read from the clock.
 */
public record DemoOptions(int people, long seed, LocalDate today) {

    /** The seed of the standard data set; any fixed number would do, this one just never changes. */
    public static final long STANDARD_SEED = 20_240_601L;

    public DemoOptions {
        if (people < 1) {
            throw new IllegalArgumentException("people must be at least 1, was " + people);
        }
        Objects.requireNonNull(today, "today");
    }

    public static DemoOptions standard(LocalDate today) {
        return new DemoOptions(DemoDataService.DEFAULT_PEOPLE, STANDARD_SEED, today);
    }

    public DemoOptions withPeople(int newPeople) {
        return new DemoOptions(newPeople, seed, today);
    }
}
