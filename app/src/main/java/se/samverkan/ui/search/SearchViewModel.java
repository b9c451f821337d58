package se.samverkan.ui.search;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * The global search: the query, its hits (grouped by kind, as the service returns them) and the record opened from
 * a hit. Searches run in the background; an answer to an older query than the latest is dropped.
 */
public final class SearchViewModel {

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ObjectProperty<RecordDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    private final Function<String, List<SearchHit>> search;
    private final BiFunction<SearchKind, Long, Optional<RecordDetail>> details;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final BackgroundTasks.Latest latest;

    public SearchViewModel(Function<String, List<SearchHit>> search,
                           BiFunction<SearchKind, Long, Optional<RecordDetail>> details,
                           BackgroundTasks tasks, ErrorMessages errors) {
        this.search = search;
        this.details = details;
        this.tasks = tasks;
        this.latest = tasks.latest();
        this.errors = errors;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hitsView;
    }

    public ReadOnlyObjectProperty<RecordDetail> detailProperty() {
        return detail;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Searches for the current query. The view calls this after a short typing pause. */
    public void search() {
        String text = query.get();
        if (text == null || text.isBlank()) {
            latest.forget();
            hits.clear();
            return;
        }
        latest.run(() -> search.apply(text), found -> {
            error.set("");
            hits.setAll(found);
        }, e -> error.set(errors.describe(e)));
    }

    public void open(SearchHit hit) {
        if (hit == null) {
            return;
        }
        tasks.run(() -> details.apply(hit.kind(), hit.id()))
                .onSuccess(found -> detail.set(found.orElse(null)))
                .onError(e -> error.set(errors.describe(e)))
                .start();
    }

    public void closeDetail() {
        detail.set(null);
    }

    /** Forgets the query and its hits (after opening one, or on Escape). */
    public void clear() {
        latest.forget();
        query.set("");
        hits.clear();
    }
}
