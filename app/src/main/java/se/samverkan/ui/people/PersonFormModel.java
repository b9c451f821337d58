package se.samverkan.ui.people;

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
import se.samverkan.domain.Person;
import se.samverkan.service.network.PeopleService;
import se.samverkan.service.network.ValidationException;

/**
 * The person form: one text property per field, the message key of each invalid field, and for a new person the
 * likely duplicates to show before it is saved. Saving goes through the service, which validates.
 */
public final class PersonFormModel implements se.samverkan.ui.common.RecordForm<se.samverkan.domain.Person> {

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final PeopleViewModel list;
    private final Person original;

    /** {@code original} null for a new person. */
    public PersonFormModel(PeopleViewModel list, Person original) {
        this.list = list;
        this.original = original;
        if (original != null) {
            firstName.set(original.firstName());
            lastName.set(original.lastName());
            title.set(nz(original.title()));
            email.set(nz(original.email()));
            phone.set(nz(original.phone()));
        }
    }

    public StringProperty firstName() {
        return firstName;
    }

    public StringProperty lastName() {
        return lastName;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty phone() {
        return phone;
    }

    /** Field name (see {@link PeopleService}) to bundle key of its message; empty when the form is valid. */
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObservableList<DuplicateCandidate> duplicates() {
        return duplicates;
    }

    public boolean isNew() {
        return original == null;
    }

    Person toPerson() {
        Person o = original;
        return new Person(o == null ? 0 : o.id(), firstName.get(), lastName.get(), title.get(),
                o == null ? null : o.organisationId(), o == null ? null : o.branchId(), email.get(), phone.get(),
                o == null ? null : o.countyCode(), o == null ? null : o.municipalityCode(),
                o == null ? null : o.unionMember(), o == null ? null : o.unionRole(), o == null ? null : o.verifyBy());
    }

    /**
     * Validates; for a valid new person also looks for duplicates. {@code onChecked} gets true when the form may be
     * saved straight away, false when it shows errors or duplicates to decide on.
     */
    public void check(Consumer<Boolean> onChecked) {
        Person person = toPerson();
        list.tasks().run(() -> {
            var result = list.service().validate(person);
            List<DuplicateCandidate> found = result.valid() && isNew() ? list.service().duplicates(person) : List.of();
            return Map.entry(result.errors(), found);
        }).onSuccess(checked -> {
            showErrors(checked.getKey());
            duplicates.setAll(checked.getValue());
            onChecked.accept(checked.getKey().isEmpty() && checked.getValue().isEmpty());
        }).onError(e -> list.errorProperty().set(list.errors().describe(e))).start();
    }

    /** Saves (the service validates again); {@code onSaved} gets the stored person, which the list then opens. */
    public void save(Consumer<Person> onSaved) {
        Person person = toPerson();
        list.tasks().run(() -> list.service().save(person))
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
}
