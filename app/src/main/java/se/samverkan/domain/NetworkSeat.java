package se.samverkan.domain;

import java.time.LocalDate;

/** A person's seat in a forum, as far as the network map needs it: who, which forum, and the term. */
public record NetworkSeat(long personId, long forumId, String forumName, LocalDate termFrom, LocalDate termTo) {

    /** Whether the seat was held on a date (term begun, and not ended before it). */
    public boolean heldOn(LocalDate date) {
        return !termFrom.isAfter(date) && (termTo == null || !termTo.isBefore(date));
    }
}
