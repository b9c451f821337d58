package se.samverkan.domain;

/**
 * The kinds of report (issue #7) as the report archive files them. A {@link #PERSON} extract is only logged, never
 * kept (decision 0022).
 */
public enum ReportKind {
    BOARD,
    STEERING,
    COST_ALLOCATION,
    PERSON;

    /** Whether the archive keeps the report's bytes and figures, or only that it was made. */
    public boolean kept() {
        return this != PERSON;
    }
}
