package se.samverkan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day a planner needs to know about: a public holiday by law (allmän helgdag) or, when {@code public} is false, an
 * eve (midsommarafton, julafton, nyårsafton) that most workplaces treat as a day off although the law does not.
 */
public record Holiday(LocalDate date, String nameSv, String nameEn, boolean publicHoliday) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameSv, "nameSv");
        Objects.requireNonNull(nameEn, "nameEn");
    }
}
