package se.samverkan.ui.people;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.MergeResult;
import se.samverkan.domain.Person;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.PlaceChoice;
import se.samverkan.ui.common.RecordFormModel;

/**
 * The person form: one property per field; checking, saving and the messages at the fields come from
 * {@link RecordFormModel}. Field names are those of {@link PeopleService}. A new person gets a verify-by date a year
 * ahead ({@link PeopleService#defaultVerifyBy}).
 */
public final class PersonFormModel extends RecordFormModel<Person> {

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Long> organisationId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> branchId = new SimpleObjectProperty<>();
    private final PlaceChoice place = new PlaceChoice();
    /** Special category (GDPR art. 9): null = not known. */
    private final ObjectProperty<Boolean> unionMember = new SimpleObjectProperty<>();
    private final StringProperty unionRole = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> verifyBy = new SimpleObjectProperty<>();
    private final Person original;
    private final PeopleViewModel list;

    /** {@code original} null for a new person. */
    public PersonFormModel(PeopleViewModel list, Person original) {
        super(original == null, list.tasks(), operations(list.service()), list.list()::fail, list::changed);
        this.original = original;
        this.list = list;
        place.choices().bind(list.filters().choices());
        if (original != null) {
            firstName.set(original.firstName());
            lastName.set(original.lastName());
            title.set(nz(original.title()));
            email.set(nz(original.email()));
            phone.set(nz(original.phone()));
            organisationId.set(original.organisationId());
            branchId.set(original.branchId());
            place.countyCode().set(original.countyCode());
            place.municipalityCode().set(original.municipalityCode());
            unionMember.set(original.unionMember());
            unionRole.set(nz(original.unionRole()));
            verifyBy.set(original.verifyBy());
        } else {
            verifyBy.set(PeopleService.defaultVerifyBy(list.today()));
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

    public ObjectProperty<Long> organisationId() {
        return organisationId;
    }

    public ObjectProperty<Long> branchId() {
        return branchId;
    }

    /** Län and kommun; the kommun choices follow the chosen län. */
    public PlaceChoice place() {
        return place;
    }

    public ObjectProperty<Boolean> unionMember() {
        return unionMember;
    }

    public StringProperty unionRole() {
        return unionRole;
    }

    public ObjectProperty<LocalDate> verifyBy() {
        return verifyBy;
    }

    public FilterChoices choices() {
        return place.choices().get();
    }

    /**
     * "Slå ihop" in the duplicate warning: what the form holds goes into the existing person {@code existingId}
     * (empty fields filled, existing values kept); {@code onMerged} gets the values that were not taken.
     */
    public void mergeInto(long existingId, Consumer<MergeResult> onMerged) {
        Person incoming = toRecord();
        list.tasks().run(() -> list.service().mergeNew(existingId, incoming))
                .onSuccess(result -> {
                    list.changed(existingId);
                    onMerged.accept(result);
                })
                .onError(list.list()::fail)
                .start();
    }

    @Override
    protected Person toRecord() {
        long id = original == null ? 0 : original.id();
        return new Person(id, firstName.get(), lastName.get(), title.get(), organisationId.get(), branchId.get(),
                email.get(), phone.get(), place.countyCode().get(), place.municipalityCode().get(), unionMember.get(),
                unionRole.get(), verifyBy.get());
    }
}
