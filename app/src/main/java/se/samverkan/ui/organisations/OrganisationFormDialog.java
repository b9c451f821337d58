package se.samverkan.ui.organisations;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import se.samverkan.domain.ActorType;
import se.samverkan.service.Messages;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.RecordFormDialog;

/** The form for a new or changed organisation, in the shared record-form dialog. */
final class OrganisationFormDialog {

    private final OrganisationFormModel form;
    private final RecordFormDialog dialog;

    OrganisationFormDialog(OrganisationFormModel form, List<ActorType> types, Messages messages,
                           LongConsumer openDetail) {
        this.form = form;
        var texts = new RecordFormDialog.Texts(
                form.isNew() ? "ui.organisations.form.new" : "ui.organisations.form.edit", "ui.organisations.save",
                "ui.organisations.duplicates", "ui.organisations.duplicates.open",
                "ui.organisations.duplicates.saveAnyway");
        dialog = new RecordFormDialog(form, messages, "organisation", texts, openDetail)
                .textField(OrganisationService.NAME, "ui.organisations.field.name", form.name())
                .field(OrganisationService.ACTOR_TYPE, "ui.detail.actor_type", typeChoice(types))
                .textField(PeopleService.EMAIL, "ui.detail.email", form.email())
                .textField(PeopleService.PHONE, "ui.detail.phone", form.phone())
                .textField("website", "ui.detail.website", form.website());
    }

    private ComboBox<ActorType> typeChoice(List<ActorType> types) {
        var box = new ComboBox<ActorType>(FXCollections.observableArrayList(types));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActorType type) {
                return type == null ? "" : type.name();
            }

            @Override
            public ActorType fromString(String text) {
                return null;
            }
        });
        types.stream().filter(t -> t.code().equals(form.actorType().get())).findFirst().ifPresent(box::setValue);
        box.valueProperty().addListener((obs, was, now) -> form.actorType().set(now == null ? "" : now.code()));
        return box;
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
