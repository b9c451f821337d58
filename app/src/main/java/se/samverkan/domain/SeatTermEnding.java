package se.samverkan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A seat in a samverkansforum whose term ends soon, so the coordinator can arrange a renewal or a successor.
 *
 * @param role the seat role code: ORDINARY, DEPUTY, CHAIR or COOPTED
 */
public record SeatTermEnding(long seatId, long forumId, String forumName, String personName, String role,
                             LocalDate termTo) {

    public SeatTermEnding {
        Objects.requireNonNull(forumName, "forumName");
        Objects.requireNonNull(termTo, "termTo");
    }
}
