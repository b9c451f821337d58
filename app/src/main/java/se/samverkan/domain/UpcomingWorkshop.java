package se.samverkan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A planned (or still idea-stage but dated) workshop or training ahead of today.
 *
 * @param status       IDEA or PLANNED
 * @param municipality the municipality's name, null when online or not yet decided
 */
public record UpcomingWorkshop(long id, String title, LocalDate heldOn, String status, String typeName,
                               String municipality) {

    public UpcomingWorkshop {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heldOn, "heldOn");
    }
}
