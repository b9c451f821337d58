package se.samverkan.ui.people;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.network.PeopleService;
import se.samverkan.service.network.ValidationException;

/**
 * The opened person's political offices (special-category data, GDPR art. 9): the list, removing one, and a new one
 * with uppdrag (role), organ (body), nivå, parti and term from–to, checked before it is stored.
 */
public final class PoliticalOfficesModel {

    /** The levels an office can have, as the schema allows them. */
    public static final List<String> LEVELS = List.of("MUNICIPALITY", "REGION", "NATIONAL", "PARTY");

    private final PeopleViewModel list;
    private final long personId;
    private final ObservableList<PoliticalOffice> offices = FXCollections.observableArrayList();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty level = new SimpleStringProperty();
    private final StringProperty party = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> termFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> termTo = new SimpleObjectProperty<>();

    public PoliticalOfficesModel(PeopleViewModel list) {
        this.list = list;
        this.personId = list.openedProperty().get().person().id();
        offices.setAll(list.openedProperty().get().offices());
    }

    /** Checks and stores the new office; on success the fields empty and the list and detail pane refresh. */
    public void add() {
        var office = new PoliticalOffice(0, personId, body.get(), level.get(), party.get(), null, null, role.get(),
                termFrom.get(), termTo.get());
        var result = PeopleService.validateOffice(office);
        showErrors(result.errors());
        if (!result.valid()) {
            return;
        }
        list.tasks().run(() -> list.service().addOffice(office))
                .onSuccess(id -> {
                    role.set("");
                    body.set("");
                    party.set("");
                    termFrom.set(null);
                    termTo.set(null);
                    reload();
                })
                .onError(e -> {
                    if (e instanceof ValidationException invalid) {
                        showErrors(invalid.result().errors());
                    } else {
                        list.list().fail(e);
                    }
                })
                .start();
    }

    public void remove(PoliticalOffice office) {
        list.tasks().run(() -> {
            list.service().removeOffice(office.id());
            return null;
        }).onSuccess(v -> reload()).onError(list.list()::fail).start();
    }

    private void reload() {
        list.tasks().run(() -> list.service().offices(personId))
                .onSuccess(found -> {
                    offices.setAll(found);
                    list.changed(personId);
                })
                .onError(list.list()::fail)
                .start();
    }

    private void showErrors(List<FieldError> errors) {
        fieldErrors.clear();
        errors.forEach(e -> fieldErrors.putIfAbsent(e.field(), e.messageKey()));
    }

    public ObservableList<PoliticalOffice> offices() {
        return offices;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty role() {
        return role;
    }

    public StringProperty body() {
        return body;
    }

    public StringProperty level() {
        return level;
    }

    public StringProperty party() {
        return party;
    }

    public ObjectProperty<LocalDate> termFrom() {
        return termFrom;
    }

    public ObjectProperty<LocalDate> termTo() {
        return termTo;
    }
}
