package se.samverkan.ui.organisations;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.Organisation;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.PlaceChoice;
import se.samverkan.ui.common.RecordFormModel;

/**
 * The organisation form: one property per field; checking, saving and the messages at the fields come from
 * {@link RecordFormModel}. Field names are those of {@link OrganisationService}. A new organisation gets a verify-by
 * date a year ahead, like a new person.
 */
public final class OrganisationFormModel extends RecordFormModel<Organisation> {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty actorType = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final PlaceChoice place = new PlaceChoice();
    private final ObjectProperty<LocalDate> verifyBy = new SimpleObjectProperty<>();
    private final Organisation original;

    /** {@code original} null for a new organisation. */
    public OrganisationFormModel(OrganisationsViewModel list, Organisation original) {
        super(original == null, list.tasks(), operations(list.service()), list.list()::fail,
                id -> {
                    list.load();
                    list.open(id);
                });
        this.original = original;
        place.choices().bind(list.filters().choices());
        if (original != null) {
            name.set(original.name());
            actorType.set(original.actorType());
            email.set(nz(original.email()));
            phone.set(nz(original.phone()));
            website.set(nz(original.website()));
            place.countyCode().set(original.countyCode());
            place.municipalityCode().set(original.municipalityCode());
            verifyBy.set(original.verifyBy());
        } else {
            verifyBy.set(PeopleService.defaultVerifyBy(list.today()));
        }
    }

    private static Operations<Organisation> operations(OrganisationService service) {
        return new Operations<>(service::validate, service::duplicates, service::save, Organisation::id);
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

    public PlaceChoice place() {
        return place;
    }

    public ObjectProperty<LocalDate> verifyBy() {
        return verifyBy;
    }

    FilterChoices choices() {
        return place.choices().get();
    }

    @Override
    protected Organisation toRecord() {
        String type = actorType.get() == null || actorType.get().isBlank() ? null : actorType.get();
        return new Organisation(original == null ? 0 : original.id(), name.get(), type, place.countyCode().get(),
                place.municipalityCode().get(), email.get(), phone.get(), website.get(), verifyBy.get());
    }
}
