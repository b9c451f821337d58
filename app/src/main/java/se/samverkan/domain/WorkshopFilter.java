package se.samverkan.domain;

import java.time.LocalDate;

/** What narrows the workshop list; null or blank means "any". {@code from}/{@code to} bound the date, inclusive. */
public record WorkshopFilter(String text, String status, String workshopType, String countyCode, Long branchId,
                             LocalDate from, LocalDate to) {

    public static WorkshopFilter all() {
        return new WorkshopFilter(null, null, null, null, null, null, null);
    }
}
