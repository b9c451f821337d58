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
import se.samverkan.ui.common.MergeNotice;
import se.samverkan.ui.common.RecordFormDialog;

/** The form for a new or changed organisation, in the shared record-form dialog. */
final class OrganisationFormDialog {

    private final RecordFormDialog dialog;
    private Node owner;

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
                .field("verifyBy", "ui.people.col.verifyBy", verify)
                .withMerge("ui.people.duplicates.merge", (id, close) -> form.mergeInto(id, notTaken -> {
                    close.run();
                    openDetail.accept(id);
                    MergeNotice.show(owner, messages, "ui.organisations.duplicates.notTaken", notTaken,
                            OrganisationFormDialog::labelKey);
                }));
    }

    private static String labelKey(String field) {
        return switch (field) {
            case OrganisationService.NAME -> "ui.organisations.field.name";
            case OrganisationService.ACTOR_TYPE -> "ui.detail.actor_type";
            case PeopleService.MUNICIPALITY -> "ui.detail.municipality";
            case PeopleService.EMAIL -> "ui.detail.email";
            case PeopleService.PHONE -> "ui.detail.phone";
            default -> "ui.detail.website";
        };
    }

    void show(Node owner) {
        this.owner = owner;
        dialog.show(owner);
    }
}
