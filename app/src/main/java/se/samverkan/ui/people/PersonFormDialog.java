package se.samverkan.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Choice;
import se.samverkan.domain.MergeResult;
import se.samverkan.service.Messages;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.RecordFormDialog;

/**
 * The form for a new or changed person, in the shared record-form dialog: names, title, organisation (searchable),
 * contact, avdelning, län and kommun (kommun limited to the län), the special-category union fields marked
 * "Känslig uppgift", and "kontrolleras senast".
 */
final class PersonFormDialog {

    /** The organisation picker's "none" entry (a searchable list cannot hold an empty item). */
    private static final long NO_ORGANISATION = 0;
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
                .field("organisation", "ui.detail.organisation", organisationPicker(form))
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
                    showNotTaken(result);
                }));
    }

    private static TextField bound(javafx.beans.property.StringProperty value) {
        var field = new TextField();
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private SearchableComboBox<Choice> organisationPicker(PersonFormModel form) {
        List<Choice> items = new ArrayList<>();
        items.add(new Choice(NO_ORGANISATION, messages.get("ui.form.none")));
        items.addAll(form.choices().organisations());
        var box = new SearchableComboBox<Choice>();
        Choosers.bind(box, FXCollections.observableArrayList(items), form.organisationId(),
                c -> c.id() == NO_ORGANISATION ? null : c.id(), Choice::name, null);
        if (form.organisationId().get() == null) {
            box.setValue(items.get(0));
        }
        box.setPromptText(messages.get("ui.people.field.organisationPrompt"));
        return box;
    }

    /** After "Slå ihop": what the existing person kept instead of the form's values, so nothing is lost unseen. */
    private void showNotTaken(MergeResult result) {
        if (result.notTaken().isEmpty()) {
            return;
        }
        var lines = new StringBuilder(messages.get("ui.people.duplicates.notTaken")).append('\n');
        for (var conflict : result.notTaken()) {
            String other = conflict.valuesAreKeys() ? messages.get(conflict.otherValue()) : conflict.otherValue();
            String kept = conflict.valuesAreKeys() ? messages.get(conflict.keptValue()) : conflict.keptValue();
            lines.append("\n• ").append(messages.get(PersonFields.labelKey(conflict.field()))).append(": ")
                    .append(other).append(" (").append(messages.get("ui.people.merge.keptValue", kept)).append(')');
        }
        var alert = new Alert(Alert.AlertType.INFORMATION, lines.toString(),
                new javafx.scene.control.ButtonType(messages.get("ui.form.close"),
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        alert.setHeaderText(null);
        alert.setTitle(messages.get("ui.people.merge.title"));
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.show();
    }

    void show(Node owner) {
        this.owner = owner;
        dialog.show(owner);
    }
}
