package se.samverkan.service.reports;

/** The reports the window's report dialog writes; the person extract is written from the person's page. */
public enum ReportKind {
    /** One branch, one period, for its board. */
    BOARD,
    /** The whole NUTS area, one period, for the steering group. */
    STEERING,
    /** A year's project cost split by the allocation key. */
    COST_ALLOCATION;

    /** Whether the report is about one branch. */
    public boolean needsBranch() {
        return this == BOARD;
    }

    /** Whether the report is written for a year only. */
    public boolean yearOnly() {
        return this == COST_ALLOCATION;
    }

    /** Whether it can also be written as an Excel workbook. */
    public boolean excel() {
        return this == COST_ALLOCATION;
    }
}
