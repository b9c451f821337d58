package se.samverkan.domain;

/** How long a follow-up period is: a year, a half-year or a quarter. */
public enum PeriodKind {
    YEAR(1),
    HALF(2),
    QUARTER(4);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** How many periods of this kind a year has. */
    public int perYear() {
        return perYear;
    }
}
