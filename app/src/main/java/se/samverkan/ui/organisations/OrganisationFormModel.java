package se.samverkan.ui.organisations;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FieldConflict;
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
    private final OrganisationsViewModel list;

    /** {@code original} null for a new organisation. */
    public OrganisationFormModel(OrganisationsViewModel list, Organisation original) {
        super(original == null, list.tasks(), operations(list.service()), list.list()::fail,
                id -> {
                    list.load();
                    list.open(id);
                });
        this.original = original;
        this.list = list;
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

    /**
     * "Slå ihop" in the duplicate warning: the form's data goes into the existing organisation {@code existingId}
     * (empty fields filled, existing values kept); {@code onMerged} gets the values that were not taken.
     */
    public void mergeInto(long existingId, Consumer<List<FieldConflict>> onMerged) {
        Organisation incoming = toRecord();
        list.tasks().run(() -> list.service().mergeNew(existingId, incoming))
                .onSuccess(notTaken -> {
                    list.load();
                    list.open(existingId);
                    onMerged.accept(notTaken);
                })
                .onError(list.list()::fail)
                .start();
    }

    @Override
    protected Organisation toRecord() {
        String type = actorType.get() == null || actorType.get().isBlank() ? null : actorType.get();
        return new Organisation(original == null ? 0 : original.id(), name.get(), type, place.countyCode().get(),
                place.municipalityCode().get(), email.get(), phone.get(), website.get(), verifyBy.get());
    }
}
