package se.samverkan.ui.people;

import java.util.function.LongConsumer;
import javafx.scene.Node;
import se.samverkan.service.Messages;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.RecordFormDialog;

/** The form for a new or changed person, in the shared record-form dialog. */
final class PersonFormDialog {

    private final RecordFormDialog dialog;

    PersonFormDialog(PersonFormModel form, Messages messages, LongConsumer openDetail) {
        var texts = new RecordFormDialog.Texts(form.isNew() ? "ui.people.form.new" : "ui.people.form.edit",
                "ui.people.save", "ui.people.duplicates", "ui.people.duplicates.open", "ui.people.duplicates.saveAnyway");
        dialog = new RecordFormDialog(form, messages, "person", texts, openDetail)
                .textField(PeopleService.FIRST_NAME, "ui.people.field.firstName", form.firstName())
                .textField(PeopleService.LAST_NAME, "ui.people.field.lastName", form.lastName())
                .textField("title", "ui.detail.title", form.title())
                .textField(PeopleService.EMAIL, "ui.detail.email", form.email())
                .textField(PeopleService.PHONE, "ui.detail.phone", form.phone());
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
