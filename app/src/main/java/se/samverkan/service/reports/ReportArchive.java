package se.samverkan.service.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FigureSnapshot;
import se.samverkan.domain.Period;
import se.samverkan.domain.SinceLastReport;
import se.samverkan.io.BytesFile;
import se.samverkan.service.Workspace;

/**
 * The report archive (issue #7, decision 0022): every report made is kept in the (encrypted) database with the bytes
 * it was written as and the follow-up figures it showed, so the coordinator can open exactly what the board saw and
 * the next report can say what changed since. A person extract is only logged: kind, when, who.
 *
 * <p>How a report writer uses it:
 * <pre>{@code
 * FigureSnapshot snapshot = FigureSnapshot.of(dashboard, branchId);         // branchId null: the whole area
 * SinceLastReport since = archive.sinceLastReport(ArchivedReport.Kind.BOARD, branchId, snapshot); // before record
 * ... write the report (showing since.changed(), since.better(), since.worse()) to file ...
 * archive.record(ArchivedReport.Kind.BOARD, branchId, period, title, file, snapshot);
 * }</pre>
 */
public final class ReportArchive {

    private final Workspace workspace;
    private final Clock clock;

    public ReportArchive(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** The archive's kind for a report the report dialog writes (the names are the same). */
    public static ArchivedReport.Kind kindOf(ReportKind kind) {
        return ArchivedReport.Kind.valueOf(kind.name());
    }

    /** An archived report and the figures it showed. */
    public record Previous(ArchivedReport report, FigureSnapshot figures) {
    }

    /**
     * Archives a written report, its bytes and its figures, in one transaction. A
     * {@link ArchivedReport.Kind#PERSON} extract is only logged: everything but the kind is dropped (see {@link #logPersonExtract()}).
     *
     * @param branchId the branch the report covers; null for the whole NUTS area
     * @param period   the period it covers; null when it has none
     * @param fileName the name it was saved as; its ending gives the media type (.pdf, .xlsx, .csv)
     * @param snapshot {@link FigureSnapshot#of(se.samverkan.domain.GoalDashboard, Long)}, or
     *                 {@link FigureSnapshot#EMPTY} for a report without goal figures
     */
    public ArchivedReport record(ArchivedReport.Kind kind, Long branchId, Period period, String title, String fileName,
                                 byte[] bytes, FigureSnapshot snapshot) {
        Objects.requireNonNull(kind, "kind");
        if (!kind.kept()) {
            return logPersonExtract();
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snapshot, "snapshot");
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("an archived report needs its bytes");
        }
        String mediaType = mediaType(fileName);
        LocalDateTime now = LocalDateTime.now(clock);
        return workspace.inTransaction(s -> {
            String branchName = branchId == null ? null
                    : s.branches().find(branchId).map(Branch::name).orElse(null);
            return s.reportArchive().insert(new ArchivedReport(0, kind, branchId, branchName,
                    period == null ? null : period.toString(), now, null, title, fileName, mediaType, 0),
                    bytes, snapshot);
        });
    }

    /** {@link #record} with the bytes and the name of the file the report was just written to. */
    public ArchivedReport record(ArchivedReport.Kind kind, Long branchId, Period period, String title, Path file,
                                 FigureSnapshot snapshot) {
        if (!kind.kept()) {
            return logPersonExtract();
        }
        try {
            return record(kind, branchId, period, title, file.getFileName().toString(), Files.readAllBytes(file),
                    snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Notes that a person extract (GDPR register extract) was made: when and by whom, not whose, not its content.
     * The extract is the person's data and is kept no longer than it takes to hand it over (decision 0022).
     */
    public ArchivedReport logPersonExtract() {
        LocalDateTime now = LocalDateTime.now(clock);
        var logged = new ArchivedReport(0, ArchivedReport.Kind.PERSON, null, null, null, now, null, null, null, null, 0);
        return workspace.inTransaction(s -> s.reportArchive().insert(logged, null, FigureSnapshot.EMPTY));
    }

    /** Every archived report, newest first, without bytes. */
    public List<ArchivedReport> list() {
        return workspace.read(s -> s.reportArchive().all());
    }

    /** One archived report without its bytes; empty when it is gone. */
    public Optional<ArchivedReport> find(long id) {
        return workspace.read(s -> s.reportArchive().find(id));
    }

    /** The bytes of a report exactly as written; empty for a person extract or a report no longer there. */
    public Optional<byte[]> bytes(long id) {
        return workspace.read(s -> s.reportArchive().content(id));
    }

    /**
     * Writes a copy of a report, exactly as archived, to {@code target} (the file the user chose: the only place a
     * copy outside the encrypted database is made).
     *
     * @throws IllegalArgumentException when the report is not kept (a person extract) or no longer there
     */
    public Path saveCopy(long id, Path target) throws IOException {
        byte[] content = bytes(id).orElseThrow(() -> new IllegalArgumentException("no archived report " + id));
        BytesFile.write(target, content);
        return target;
    }

    /** Removes a report with its bytes and figures; false when it was not there. */
    public boolean delete(long id) {
        return workspace.inTransaction(s -> s.reportArchive().delete(id));
    }

    /**
     * The newest archived report of {@code kind} for the same scope — the branch, or the whole area when
     * {@code branchId} is null — with its figures; when {@code period} is given, only a report of that period.
     */
    public Optional<Previous> previousSnapshot(ArchivedReport.Kind kind, Long branchId, Period period) {
        return workspace.read(s -> {
            var archive = s.reportArchive();
            return archive.latest(kind, branchId, period == null ? null : period.toString())
                    .map(r -> new Previous(r, archive.figures(r.id())));
        });
    }

    /**
     * What changed since the last report of {@code kind} for the same scope, whatever period it covered. Call it
     * before {@link #record} archives the new report, or the new report is its own "last report".
     */
    public SinceLastReport sinceLastReport(ArchivedReport.Kind kind, Long branchId, FigureSnapshot current) {
        return previousSnapshot(kind, branchId, null)
                .map(p -> SinceLastReport.between(p.report().createdAt(), p.report().period(), p.figures(), current))
                .orElseGet(() -> SinceLastReport.first(current));
    }

    /** The media type of a report file by its ending. */
    static String mediaType(String fileName) {
        String name = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        return "application/octet-stream";
    }
}
