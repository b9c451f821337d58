package se.samverkan.ui.organisations;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.OrganisationFilter;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** The organisations list: search text, matching rows, the opened organisation; loads run in the background. */
public final class OrganisationsViewModel {

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<OrganisationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Organisation> opened = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final OrganisationService service;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private long generation;

    public OrganisationsViewModel(OrganisationService service, BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<OrganisationRow> rows() {
        return rows;
    }

    public ObjectProperty<Organisation> openedProperty() {
        return opened;
    }

    public StringProperty errorProperty() {
        return error;
    }

    OrganisationService service() {
        return service;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    ErrorMessages errors() {
        return errors;
    }

    public void load() {
        long mine = ++generation;
        var filter = new OrganisationFilter(text.get(), null, null, null);
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

    public void open(long id) {
        tasks.run(() -> service.find(id).orElse(null))
                .onSuccess(opened::set)
                .onError(e -> error.set(errors.describe(e)))
                .start();
    }

    /** Deletes the opened organisation (its people stay, without an organisation), then reloads. */
    public void deleteOpened() {
        Organisation current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            service.delete(current.id());
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            load();
        }).onError(e -> error.set(errors.describe(e))).start();
    }
}
