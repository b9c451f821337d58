package se.samverkan.io;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One VEVENT as it is written: texts already in the user's language.
 *
 * @param uid    stable per record, e.g. {@code workshop-12@samverkan}, so a re-import updates instead of duplicating
 * @param start  null for an all-day event
 * @param end    null when unknown (then the event has no end, RFC 5545 §3.6.1)
 * @param status TENTATIVE, CONFIRMED or CANCELLED; null when unknown
 */
public record IcsEntry(String uid, String summary, String description, String location, String url, LocalDate date,
                       LocalTime start, LocalTime end, String status) {

    public IcsEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(date, "date");
    }
}
