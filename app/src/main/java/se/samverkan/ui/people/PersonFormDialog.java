package se.samverkan.ui.people;

import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import se.samverkan.domain.Branch;
import se.samverkan.service.Messages;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.MergeNotice;
import se.samverkan.ui.common.RecordFormDialog;

/**
 * The form for a new or changed person, in the shared record-form dialog: names, title, organisation (searchable),
 * contact, avdelning, län and kommun (kommun limited to the län), the special-category union fields marked
 * "Känslig uppgift", and "kontrolleras senast".
 */
final class PersonFormDialog {

    private final RecordFormDialog dialog;
    private final Messages messages;
    private Node owner;

    PersonFormDialog(PersonFormModel form, Messages messages, LongConsumer openDetail) {
        this.messages = messages;
        var texts = new RecordFormDialog.Texts(form.isNew() ? "ui.people.form.new" : "ui.people.form.edit",
                "ui.people.save", "ui.people.duplicates", "ui.people.duplicates.open", "ui.people.duplicates.saveAnyway");
        var choices = form.choices();
        var place = form.place();
        dialog = new RecordFormDialog(form, messages, "person", texts, openDetail)
                .textField(PeopleService.FIRST_NAME, "ui.people.field.firstName", form.firstName())
                .textField(PeopleService.LAST_NAME, "ui.people.field.lastName", form.lastName())
                .textField("title", "ui.detail.title", form.title())
                .field("organisation", "ui.detail.organisation", Choosers.searchable(form.choices().organisations(),
                        form.organisationId(), messages.get("ui.form.none"),
                        messages.get("ui.people.field.organisationPrompt")))
                .textField(PeopleService.EMAIL, "ui.detail.email", form.email())
                .textField(PeopleService.PHONE, "ui.detail.phone", form.phone())
                .field("branch", "ui.detail.branch", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(choices.branches()), form.branchId(), Branch::id, Branch::name,
                        messages.get("ui.form.none")))
                .place(place, choices.counties())
                .sensitiveField("unionMember", "ui.detail.union_member", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(Boolean.TRUE, Boolean.FALSE), form.unionMember(), b -> b,
                        b -> messages.get(b ? "ui.value.yes" : "ui.value.no"), messages.get("ui.value.unknown")))
                .sensitiveField("unionRole", "ui.detail.union_role", bound(form.unionRole()))
                .field("verifyBy", "ui.people.col.verifyBy", DateFields.picker(form.verifyBy()))
                .withMerge("ui.people.duplicates.merge", (id, close) -> form.mergeInto(id, result -> {
                    close.run();
                    MergeNotice.show(owner, messages, "ui.people.duplicates.notTaken", result.notTaken(),
                            PersonFields::labelKey);
                }));
    }

    private static TextField bound(javafx.beans.property.StringProperty value) {
        var field = new TextField();
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    void show(Node owner) {
        this.owner = owner;
        dialog.show(owner);
    }
}
