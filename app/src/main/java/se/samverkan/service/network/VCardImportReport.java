package se.samverkan.service.network;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of importing (or dry-running) a {@code .vcf} file. With errors and without {@code validOnly} nothing
 * was written and {@link #outcomes()} is empty. {@link #backup()} is the backup taken before writing, or null when
 * nothing was written.
 */
public record VCardImportReport(boolean dryRun, List<ImportOutcome> outcomes, List<ImportProblem> errors,
                                List<ImportProblem> notes, Path backup) {

    public VCardImportReport {
        outcomes = List.copyOf(outcomes);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public long count(ImportOutcome.Action action) {
        return outcomes.stream().filter(o -> o.action() == action).count();
    }

    /** Whether the import would change (dry run) or changed the database. */
    public boolean changes() {
        return count(ImportOutcome.Action.CREATE) + count(ImportOutcome.Action.UPDATE) > 0;
    }

    VCardImportReport withBackup(Path file) {
        return new VCardImportReport(dryRun, outcomes, errors, notes, file);
    }
}
