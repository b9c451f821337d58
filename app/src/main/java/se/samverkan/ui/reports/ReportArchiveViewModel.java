package se.samverkan.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.service.reports.ReportArchive;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.ListLoader;

/**
 * The archive's list (read in the background, filtered by the search text), the chosen report, saving a copy of it
 * (then opening the copy with the system's viewer where there is one) and removing it.
 */
public final class ReportArchiveViewModel {

    private final ReportArchive archive;
    private final BackgroundTasks tasks;
    private final Function<ArchivedReport, String> describe;
    private final Consumer<Path> viewer;
    private final ListLoader<ArchivedReport> list;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ArchivedReport> chosen = new SimpleObjectProperty<>();

    /**
     * @param describe the words a row is found by (its type's name, scope, period, title), in the window's language
     * @param viewer   opens a saved copy with the system's viewer ({@code OpenFile::open}); called on the FX thread
     */
    public ReportArchiveViewModel(ReportArchive archive, BackgroundTasks tasks, ErrorMessages errors,
                                  Function<ArchivedReport, String> describe, Consumer<Path> viewer) {
        this.archive = archive;
        this.tasks = tasks;
        this.describe = describe;
        this.viewer = viewer;
        this.list = new ListLoader<>(tasks, errors);
    }

    /** Reads the archive again; rows whose words do not contain every word of the search text are left out. */
    public void load() {
        String[] words = text.get() == null ? new String[0]
                : text.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        list.load(() -> archive.list().stream().filter(r -> matches(r, words)).toList());
    }

    private boolean matches(ArchivedReport r, String[] words) {
        String all = describe.apply(r).toLowerCase(Locale.ROOT);
        return Stream.of(words).allMatch(all::contains);
    }

    /** Writes the chosen report's bytes to {@code target}, then opens it with the system's viewer and tells {@code done}. */
    void saveCopy(Path target, Consumer<Path> done) {
        ArchivedReport r = chosen.get();
        if (r == null || !r.hasContent()) {
            return;
        }
        tasks.run(() -> archive.saveCopy(r.id(), target)).onSuccess(file -> {
            viewer.accept(file);
            done.accept(file);
        }).onError(list::fail).start();
    }

    /** Removes the chosen report from the archive and reads the list again. */
    void deleteChosen() {
        ArchivedReport r = chosen.get();
        if (r == null) {
            return;
        }
        tasks.run(() -> archive.delete(r.id())).onSuccess(gone -> {
            chosen.set(null);
            load();
        }).onError(list::fail).start();
    }

    public ListLoader<ArchivedReport> list() {
        return list;
    }

    List<ArchivedReport> rows() {
        return list.rows();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ArchivedReport> chosenProperty() {
        return chosen;
    }
}
