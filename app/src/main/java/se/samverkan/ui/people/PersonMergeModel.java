package se.samverkan.ui.people;

import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import se.samverkan.domain.MergePreview;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Messages;
import se.samverkan.service.network.ValidationException;

/**
 * "Slå ihop med…": the opened person is kept; the user picks the other person, sees where the two disagree and picks
 * per field which value to keep (the kept person's by default). Merging moves everything of the other person over and
 * deletes it, in one transaction.
 */
public final class PersonMergeModel {

    private final PeopleViewModel list;
    private final Person kept;
    private final ObservableList<PersonRow> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Long> otherId = new SimpleObjectProperty<>();
    private final ObjectProperty<MergePreview> preview = new SimpleObjectProperty<>();
    private final ObservableSet<String> takeFromOther = FXCollections.observableSet();
    private final StringProperty error = new SimpleStringProperty("");

    private final Messages messages;

    public PersonMergeModel(PeopleViewModel list, Messages messages) {
        this.list = list;
        this.messages = messages;
        this.kept = list.openedProperty().get().person();
        otherId.addListener((obs, was, now) -> loadPreview(now));
    }

    /** The people the kept one can be merged with (all but itself, as the list's limit allows). */
    public void loadCandidates() {
        list.tasks().run(() -> list.service().list(PersonFilter.none()))
                .onSuccess(rows -> candidates.setAll(rows.stream().filter(r -> r.id() != kept.id()).toList()))
                .onError(e -> error.set(list.errors().describe(e)))
                .start();
    }

    private void loadPreview(Long other) {
        takeFromOther.clear();
        preview.set(null);
        if (other == null) {
            return;
        }
        list.tasks().run(() -> list.service().mergePreview(kept.id(), other))
                .onSuccess(preview::set)
                .onError(e -> error.set(list.errors().describe(e)))
                .start();
    }

    /** Merges; {@code onDone} runs once the list has been told (it reloads and opens the kept person). */
    public void merge(Runnable onDone) {
        Long other = otherId.get();
        if (other == null) {
            return;
        }
        Set<String> chosen = Set.copyOf(takeFromOther);
        list.tasks().run(() -> list.service().merge(kept.id(), other, chosen))
                .onSuccess(p -> {
                    list.changed(p.id());
                    onDone.run();
                })
                .onError(e -> error.set(e instanceof ValidationException
                        ? messages.get("ui.people.merge.invalid") : list.errors().describe(e)))
                .start();
    }

    public Person kept() {
        return kept;
    }

    public ObservableList<PersonRow> candidates() {
        return candidates;
    }

    public ObjectProperty<Long> otherId() {
        return otherId;
    }

    public ObjectProperty<MergePreview> preview() {
        return preview;
    }

    /** The conflicting fields whose value comes from the other person. */
    public ObservableSet<String> takeFromOther() {
        return takeFromOther;
    }

    public StringProperty error() {
        return error;
    }
}
