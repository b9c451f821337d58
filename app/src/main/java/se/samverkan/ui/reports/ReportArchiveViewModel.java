package se.samverkan.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.service.reports.ReportArchive;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.RecordListModel;

/**
 * The archive's list (read in the background, filtered by the search text), the opened report, saving a copy of it
 * (then opening the copy with the system's viewer) and removing it.
 */
public final class ReportArchiveViewModel extends RecordListModel<ArchivedReport, ArchivedReport> {

    private final ReportArchive archive;
    private final Function<ArchivedReport, String> describe;
    private final Consumer<Path> viewer;

    /**
     * @param describe the words a row is found by (its type's name, scope, period, title), in the window's language
     * @param viewer   opens a saved copy with the system's viewer ({@code OpenFile::open}); called on the FX thread
     */
    public ReportArchiveViewModel(ReportArchive archive, BackgroundTasks tasks, ErrorMessages errors,
                                  Function<ArchivedReport, String> describe, Consumer<Path> viewer) {
        super(tasks, errors);
        this.archive = archive;
        this.describe = describe;
        this.viewer = viewer;
    }

    /** Every report whose words contain every word of the search text. */
    @Override
    protected Callable<List<ArchivedReport>> query() {
        String text = textProperty().get();
        String[] words = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return () -> archive.list().stream().filter(r -> matches(r, words)).toList();
    }

    private boolean matches(ArchivedReport r, String[] words) {
        String all = describe.apply(r).toLowerCase(Locale.ROOT);
        return Stream.of(words).allMatch(all::contains);
    }

    @Override
    protected ArchivedReport find(long id) {
        return archive.find(id).orElse(null);
    }

    @Override
    protected void delete(ArchivedReport report) {
        archive.delete(report.id());
    }

    /** Writes the opened report's bytes to {@code target}, opens the copy with the system's viewer, tells {@code done}. */
    void saveCopy(Path target, Consumer<Path> done) {
        ArchivedReport r = openedProperty().get();
        if (r == null || !r.hasContent()) {
            return;
        }
        tasks().run(() -> archive.saveCopy(r.id(), target)).onSuccess(file -> {
            viewer.accept(file);
            done.accept(file);
        }).onError(list()::fail).start();
    }
}
