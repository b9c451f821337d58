package se.samverkan.ui.organisations;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.Organisation;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.ui.common.RecordFormModel;

/**
 * The organisation form: one property per field; checking, saving and the messages at the fields come from
 * {@link RecordFormModel}. Field names are those of {@link OrganisationService}.
 */
public final class OrganisationFormModel extends RecordFormModel<Organisation> {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty actorType = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final Organisation original;

    /** {@code original} null for a new organisation. */
    public OrganisationFormModel(OrganisationsViewModel list, Organisation original) {
        super(original == null, list.tasks(), operations(list.service()),
                e -> list.errorProperty().set(list.errors().describe(e)),
                id -> {
                    list.load();
                    list.open(id);
                });
        this.original = original;
        if (original != null) {
            name.set(original.name());
            actorType.set(original.actorType());
            email.set(nz(original.email()));
            phone.set(nz(original.phone()));
            website.set(nz(original.website()));
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

    /** The fields the form does not show keep the values the organisation had. */
    @Override
    protected Organisation toRecord() {
        Organisation o = original;
        String type = actorType.get() == null || actorType.get().isBlank() ? null : actorType.get();
        return new Organisation(o == null ? 0 : o.id(), name.get(), type,
                o == null ? null : o.countyCode(), o == null ? null : o.municipalityCode(), email.get(), phone.get(),
                website.get());
    }
}
