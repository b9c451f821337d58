package se.samverkan.ui.organisations;

import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import se.samverkan.domain.ActorType;
import se.samverkan.service.Messages;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.RecordFormDialog;

/** The form for a new or changed organisation, in the shared record-form dialog. */
final class OrganisationFormDialog {

    private final RecordFormDialog dialog;

    OrganisationFormDialog(OrganisationFormModel form, Messages messages, LongConsumer openDetail) {
        var texts = new RecordFormDialog.Texts(
                form.isNew() ? "ui.organisations.form.new" : "ui.organisations.form.edit", "ui.organisations.save",
                "ui.organisations.duplicates", "ui.organisations.duplicates.open",
                "ui.organisations.duplicates.saveAnyway");
        var choices = form.choices();
        var place = form.place();
        var verify = DateFields.picker(form.verifyBy());
        dialog = new RecordFormDialog(form, messages, "organisation", texts, openDetail)
                .textField(OrganisationService.NAME, "ui.organisations.field.name", form.name())
                .field(OrganisationService.ACTOR_TYPE, "ui.detail.actor_type", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(choices.actorTypes()), form.actorType(), ActorType::code,
                        ActorType::name, null))
                .place(place, choices.counties())
                .textField(PeopleService.EMAIL, "ui.detail.email", form.email())
                .textField(PeopleService.PHONE, "ui.detail.phone", form.phone())
                .textField("website", "ui.detail.website", form.website())
                .field("verifyBy", "ui.people.col.verifyBy", verify);
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
