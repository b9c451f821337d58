package se.samverkan.ui.people;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * The people list: search text and county filter, the matching rows and the opened person with their offices. Loads
 * run in the background; an answer to an older filter than the latest is dropped.
 */
public final class PeopleViewModel {

    /** The opened person and their political offices (special-category data). */
    public record Opened(Person person, List<PoliticalOffice> offices) {
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty countyCode = new SimpleStringProperty();
    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Opened> opened = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final PeopleService service;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private long generation;

    public PeopleViewModel(PeopleService service, BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty countyCodeProperty() {
        return countyCode;
    }

    public ObservableList<PersonRow> rows() {
        return rows;
    }

    public ObjectProperty<Opened> openedProperty() {
        return opened;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public PeopleService service() {
        return service;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ErrorMessages errors() {
        return errors;
    }

    /** Reloads the list for the current filter; the view calls this after a short typing pause. */
    public void load() {
        long mine = ++generation;
        PersonFilter filter = new PersonFilter(text.get(), null, countyCode.get(), null, null, null);
        tasks.run(() -> service.list(filter))
                .onSuccess(found -> {
                    if (mine == generation) {
                        error.set("");
                        rows.setAll(found);
                    }
                })
                .onError(e -> error.set(errors.describe(e)))
                .start();
    }

    /** Opens the person with {@code id} in the detail pane (nothing when it no longer exists). */
    public void open(long id) {
        tasks.run(() -> service.find(id).map(p -> new Opened(p, service.offices(id))).orElse(null))
                .onSuccess(opened::set)
                .onError(e -> error.set(errors.describe(e)))
                .start();
    }

    /** Deletes the opened person, then reloads the list. */
    public void deleteOpened() {
        Opened current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            service.delete(current.person().id());
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            load();
        }).onError(e -> error.set(errors.describe(e))).start();
    }
}
