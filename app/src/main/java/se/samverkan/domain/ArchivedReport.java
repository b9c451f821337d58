package se.samverkan.domain;

import java.time.LocalDateTime;

/**
 * One report in the report archive, without its bytes (they are read only when the user saves a copy).
 *
 * @param branchId   the branch the report covers; null for the whole NUTS area (and for a person extract)
 * @param branchName the branch's name when the report was made
 * @param period     the period it covers as written ("2026", "2026H2"); null when it has none
 * @param title      null for a person extract, which is only logged (decision 0022)
 * @param size       the bytes kept, 0 for a person extract
 */
public record ArchivedReport(long id, Kind kind, Long branchId, String branchName, String period,
                             LocalDateTime createdAt, String createdBy, String title, String fileName,
                             String mediaType, long size) {

    /**
     * The kinds of report the archive files (issue #7); the names match {@code service.reports.ReportKind}'s, plus
     * {@link #PERSON}, the register extract, which is only logged, never kept (decision 0022).
     */
    public enum Kind {
        BOARD,
        STEERING,
        COST_ALLOCATION,
        PERSON;

        /** Whether the archive keeps the report's bytes and figures, or only that it was made. */
        public boolean kept() {
            return this != PERSON;
        }
    }

    /** Whether a copy of the report can be saved (a person extract is not kept). */
    public boolean hasContent() {
        return size > 0;
    }
}
