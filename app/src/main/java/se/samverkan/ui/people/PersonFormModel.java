package se.samverkan.ui.people;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.Person;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.RecordFormModel;

/**
 * The person form: one text property per field; checking, saving and the messages at the fields come from
 * {@link RecordFormModel}. Field names are those of {@link PeopleService}.
 */
public final class PersonFormModel extends RecordFormModel<Person> {

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final Person original;

    /** {@code original} null for a new person. */
    public PersonFormModel(PeopleViewModel list, Person original) {
        super(original == null, list.tasks(), operations(list.service()),
                e -> list.errorProperty().set(list.errors().describe(e)),
                id -> {
                    list.load();
                    list.open(id);
                });
        this.original = original;
        if (original != null) {
            firstName.set(original.firstName());
            lastName.set(original.lastName());
            title.set(nz(original.title()));
            email.set(nz(original.email()));
            phone.set(nz(original.phone()));
        }
    }

    private static Operations<Person> operations(PeopleService service) {
        return new Operations<>(service::validate, service::duplicates, service::save, Person::id);
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

    /** The fields the form does not show keep the values the person had. */
    @Override
    protected Person toRecord() {
        Person o = original;
        return new Person(o == null ? 0 : o.id(), firstName.get(), lastName.get(), title.get(),
                o == null ? null : o.organisationId(), o == null ? null : o.branchId(), email.get(), phone.get(),
                o == null ? null : o.countyCode(), o == null ? null : o.municipalityCode(),
                o == null ? null : o.unionMember(), o == null ? null : o.unionRole(), o == null ? null : o.verifyBy());
    }
}
