package se.samverkan.domain;

import java.util.Objects;

/**
 * Two events of the coordinator on the same day that collide: {@code certain} when both have times that overlap,
 * otherwise a possible clash (at least one of them has no time, so it may take the whole day).
 */
public record Clash(CalendarEvent first, CalendarEvent second, boolean certain) {

    public Clash {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    public boolean involves(CalendarEvent event) {
        return first.equals(event) || second.equals(event);
    }

    /** The other event of the clash, seen from {@code event}. */
    public CalendarEvent other(CalendarEvent event) {
        return first.equals(event) ? second : first;
    }
}
