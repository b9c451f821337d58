package se.samverkan.ui.organisations;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.Organisation;
import se.samverkan.service.network.ValidationException;

/** The organisation form: field texts, the message key of each invalid field, likely duplicates of a new one. */
public final class OrganisationFormModel implements se.samverkan.ui.common.RecordForm<se.samverkan.domain.Organisation> {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty actorType = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final OrganisationsViewModel list;
    private final Organisation original;

    public OrganisationFormModel(OrganisationsViewModel list, Organisation original) {
        this.list = list;
        this.original = original;
        if (original != null) {
            name.set(original.name());
            actorType.set(original.actorType());
            email.set(nz(original.email()));
            phone.set(nz(original.phone()));
            website.set(nz(original.website()));
        }
    }

    public StringProperty name() {
        return name;
    }

    /** The actor_type code chosen in the form. */
    public StringProperty actorType() {
        return actorType;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty website() {
        return website;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObservableList<DuplicateCandidate> duplicates() {
        return duplicates;
    }

    public boolean isNew() {
        return original == null;
    }

    Organisation toOrganisation() {
        Organisation o = original;
        return new Organisation(o == null ? 0 : o.id(), name.get(), blankToNull(actorType.get()),
                o == null ? null : o.countyCode(), o == null ? null : o.municipalityCode(), email.get(), phone.get(),
                website.get());
    }

    /** Validates and, for a valid new one, looks for duplicates; {@code onChecked} true means save straight away. */
    public void check(Consumer<Boolean> onChecked) {
        Organisation organisation = toOrganisation();
        list.tasks().run(() -> {
            var result = list.service().validate(organisation);
            List<DuplicateCandidate> found = result.valid() && isNew()
                    ? list.service().duplicates(organisation) : List.of();
            return Map.entry(result.errors(), found);
        }).onSuccess(checked -> {
            showErrors(checked.getKey());
            duplicates.setAll(checked.getValue());
            onChecked.accept(checked.getKey().isEmpty() && checked.getValue().isEmpty());
        }).onError(e -> list.errorProperty().set(list.errors().describe(e))).start();
    }

    public void save(Consumer<Organisation> onSaved) {
        Organisation organisation = toOrganisation();
        list.tasks().run(() -> list.service().save(organisation))
                .onSuccess(saved -> {
                    fieldErrors.clear();
                    list.load();
                    list.open(saved.id());
                    onSaved.accept(saved);
                })
                .onError(e -> {
                    if (e instanceof ValidationException invalid) {
                        showErrors(invalid.result().errors());
                    } else {
                        list.errorProperty().set(list.errors().describe(e));
                    }
                })
                .start();
    }

    private void showErrors(List<FieldError> errors) {
        fieldErrors.clear();
        errors.forEach(e -> fieldErrors.putIfAbsent(e.field(), e.messageKey()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
