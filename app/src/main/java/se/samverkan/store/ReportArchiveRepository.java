package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ARCHIVED_REPORT;
import static se.samverkan.store.jooq.Tables.ARCHIVED_REPORT_FIGURE;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.FigureSnapshot;
import se.samverkan.domain.StatusLevel;

/**
 * The report archive (decision 0022): the reports made, their bytes and the follow-up figures they showed. The bytes
 * are read one report at a time, never with the list.
 */
public final class ReportArchiveRepository {

    private static final Field<Long> SIZE = DSL.coalesce(
            DSL.field("octet_length({0})", SQLDataType.BIGINT, ARCHIVED_REPORT.CONTENT), DSL.inline(0L));
    private final DSLContext dsl;
    private final AuditLog audit;

    ReportArchiveRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /**
     * Stores a report with its bytes and figures; the id, who made it ({@link AuditLog#actor()}) and the size are
     * the store's, whatever {@code report} says.
     */
    public ArchivedReport insert(ArchivedReport report, byte[] content, FigureSnapshot figures) {
        var row = dsl.newRecord(ARCHIVED_REPORT);
        row.setKind(report.kind().name());
        row.setBranchId(report.branchId());
        row.setBranchName(report.branchName());
        row.setPeriod(report.period());
        row.setCreatedAt(report.createdAt());
        row.setCreatedBy(AuditLog.actor());
        row.setTitle(report.title());
        row.setFileName(report.fileName());
        row.setMediaType(report.mediaType());
        row.setContent(content);
        row.store();
        long id = row.getId();
        var insert = dsl.insertInto(ARCHIVED_REPORT_FIGURE, ARCHIVED_REPORT_FIGURE.REPORT_ID,
                ARCHIVED_REPORT_FIGURE.BRANCH_ID, ARCHIVED_REPORT_FIGURE.INDICATOR_ID,
                ARCHIVED_REPORT_FIGURE.INDICATOR_CODE, ARCHIVED_REPORT_FIGURE.PERIOD,
                ARCHIVED_REPORT_FIGURE.TARGET_VALUE, ARCHIVED_REPORT_FIGURE.OUTCOME_VALUE,
                ARCHIVED_REPORT_FIGURE.OUTCOME_WOMEN, ARCHIVED_REPORT_FIGURE.OUTCOME_MEN,
                ARCHIVED_REPORT_FIGURE.STATUS_LEVEL, ARCHIVED_REPORT_FIGURE.OVERRIDDEN);
        for (FigureSnapshot.Figure f : figures.figures()) {
            insert = insert.values(id, f.branchId(), f.indicatorId(), f.indicatorCode(), f.period(), f.target(),
                    f.outcome(), f.women(), f.men(), f.status().name(), f.overridden());
        }
        if (!figures.isEmpty()) {
            insert.execute();
        }
        // No before/after: the row holds the report's bytes, which do not belong in the audit trail.
        audit.record(AuditAction.CREATE, "archived_report", id, "Rapport arkiverad: " + report.kind().name(), null,
                null);
        return new ArchivedReport(id, report.kind(), report.branchId(), report.branchName(), report.period(),
                report.createdAt(), row.getCreatedBy(), report.title(), report.fileName(), report.mediaType(),
                content == null ? 0 : content.length);
    }

    /** Every archived report, newest first. */
    public List<ArchivedReport> all() {
        return dsl.select(ARCHIVED_REPORT.fields()).select(SIZE).from(ARCHIVED_REPORT)
                .orderBy(ARCHIVED_REPORT.CREATED_AT.desc(), ARCHIVED_REPORT.ID.desc())
                .fetch(ReportArchiveRepository::report);
    }

    public Optional<ArchivedReport> find(long id) {
        return dsl.select(ARCHIVED_REPORT.fields()).select(SIZE).from(ARCHIVED_REPORT)
                .where(ARCHIVED_REPORT.ID.eq(id)).fetchOptional(ReportArchiveRepository::report);
    }

    /** The bytes of a report as it was written; empty for a report not kept (or not there). */
    public Optional<byte[]> content(long id) {
        return dsl.select(ARCHIVED_REPORT.CONTENT).from(ARCHIVED_REPORT).where(ARCHIVED_REPORT.ID.eq(id))
                .fetchOptional(ARCHIVED_REPORT.CONTENT);
    }

    /**
     * The newest report of {@code kind} for the branch ({@code branchId} null: for the whole area) and, when
     * {@code period} is given, for that period.
     */
    public Optional<ArchivedReport> latest(ArchivedReport.Kind kind, Long branchId, String period) {
        Condition scope = ARCHIVED_REPORT.KIND.eq(kind.name()).and(branchId == null
                ? ARCHIVED_REPORT.BRANCH_ID.isNull() : ARCHIVED_REPORT.BRANCH_ID.eq(branchId));
        if (period != null) {
            scope = scope.and(ARCHIVED_REPORT.PERIOD.eq(period));
        }
        return dsl.select(ARCHIVED_REPORT.fields()).select(SIZE).from(ARCHIVED_REPORT).where(scope)
                .orderBy(ARCHIVED_REPORT.CREATED_AT.desc(), ARCHIVED_REPORT.ID.desc()).limit(1)
                .fetchOptional(ReportArchiveRepository::report);
    }

    /** The figures a report showed, in the order they were archived. */
    public FigureSnapshot figures(long reportId) {
        var f = ARCHIVED_REPORT_FIGURE;
        return new FigureSnapshot(dsl.selectFrom(f).where(f.REPORT_ID.eq(reportId)).orderBy(f.ID)
                .fetch(r -> new FigureSnapshot.Figure(r.getBranchId(), r.getIndicatorId(), r.getIndicatorCode(),
                        r.getPeriod(), r.getTargetValue(), r.getOutcomeValue(), r.getOutcomeWomen(),
                        r.getOutcomeMen(), StatusLevel.valueOf(r.getStatusLevel()), r.getOverridden())));
    }

    /** Removes a report with its bytes and figures; false when it was not there. */
    public boolean delete(long id) {
        var before = find(id);
        if (before.isEmpty()) {
            return false;
        }
        dsl.deleteFrom(ARCHIVED_REPORT).where(ARCHIVED_REPORT.ID.eq(id)).execute();
        audit.record(AuditAction.DELETE, "archived_report", id, "Arkiverad rapport borttagen: "
                + before.get().kind().name(), null, null);
        return true;
    }

    private static ArchivedReport report(Record r) {
        return new ArchivedReport(r.get(ARCHIVED_REPORT.ID), ArchivedReport.Kind.valueOf(r.get(ARCHIVED_REPORT.KIND)),
                r.get(ARCHIVED_REPORT.BRANCH_ID), r.get(ARCHIVED_REPORT.BRANCH_NAME), r.get(ARCHIVED_REPORT.PERIOD),
                r.get(ARCHIVED_REPORT.CREATED_AT), r.get(ARCHIVED_REPORT.CREATED_BY), r.get(ARCHIVED_REPORT.TITLE),
                r.get(ARCHIVED_REPORT.FILE_NAME), r.get(ARCHIVED_REPORT.MEDIA_TYPE), r.get(SIZE));
    }
}
