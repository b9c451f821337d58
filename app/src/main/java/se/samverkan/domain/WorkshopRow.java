package se.samverkan.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A workshop as its list shows it.
 *
 * @param place    the municipality's name, the online link, or null when not decided
 * @param branches the invited branches' names, comma separated
 */
public record WorkshopRow(long id, String title, String typeName, String status, LocalDate heldOn, LocalTime startTime,
                          LocalTime endTime, String place, String branches, int participants) {
}
