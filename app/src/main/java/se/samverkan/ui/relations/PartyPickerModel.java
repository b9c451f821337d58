package se.samverkan.ui.relations;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.ui.common.BackgroundTasks;

/**
 * Search-as-you-type for a person or an organisation, over the global search: other kinds of hit and the parties
 * {@code excluded} says are already chosen are left out. An answer to an older query than the latest is dropped.
 */
public final class PartyPickerModel {

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final Function<String, List<SearchHit>> search;
    private final Consumer<Throwable> onError;
    private Predicate<PartyRef> excluded = p -> false;
    private final BackgroundTasks.Latest latest;

    public PartyPickerModel(Function<String, List<SearchHit>> search, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.search = search;
        this.latest = tasks.latest();
        this.onError = onError;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public void exclude(Predicate<PartyRef> parties) {
        this.excluded = parties;
    }

    /** Leaves out these parties as well as those already excluded. */
    public void excludeAlso(Predicate<PartyRef> parties) {
        this.excluded = excluded.or(parties);
    }

    public void search() {
        String text = query.get();
        if (text == null || text.isBlank()) {
            latest.forget();
            hits.clear();
            return;
        }
        latest.run(() -> search.apply(text), found -> hits.setAll(found.stream()
                .filter(h -> h.kind() == SearchKind.PERSON || h.kind() == SearchKind.ORGANISATION)
                .filter(h -> !excluded.test(partyOf(h))).toList()), onError);
    }

    /** Forgets the query and its hits, after a pick. */
    public void clear() {
        latest.forget();
        query.set("");
        hits.clear();
    }

    public static PartyRef partyOf(SearchHit hit) {
        return hit.kind() == SearchKind.PERSON ? PartyRef.person(hit.id()) : PartyRef.organisation(hit.id());
    }

    public static Named named(SearchHit hit) {
        return new Named(partyOf(hit), hit.title());
    }
}
