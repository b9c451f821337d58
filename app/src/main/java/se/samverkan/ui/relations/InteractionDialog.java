package se.samverkan.ui.relations;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.FollowUpEditor;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.RecordFormDialog;
import se.samverkan.ui.common.WindowFit;

/** "Logga kontakt": the record-form dialog with participant chips, a party picker and follow-up rows. */
final class InteractionDialog {

    /** The kinds in the order the choice lists them. */
    static final List<String> KINDS = List.of("MEETING", "DIGITAL_MEETING", "CALL", "EMAIL", "OTHER");

    private final InteractionFormModel form;
    private final Messages messages;
    private final RecordFormDialog dialog;

    InteractionDialog(InteractionFormModel form, PartyPickerModel picker, RelationsTexts texts) {
        this.form = form;
        this.messages = texts.messages();
        var participants = new ChosenParties(form.participants(), picker, messages, "interactionParticipants");
        var followUps = new FollowUpEditor(form.followUps(), form.fieldErrors(), messages, "interactionAddFollowUp")
                .root();

        dialog = new RecordFormDialog(form, messages, "interaction",
                new RecordFormDialog.Texts(form.isNew() ? "ui.contacts.dialog.title" : "ui.contacts.dialog.edit",
                        "ui.contacts.save", null, null, null), id -> { })
                // The topic first: it takes the focus, and day and kind are usually right as they start.
                .textField("topic", "ui.contacts.field.topic", form.topic())
                .field("occurredOn", "ui.contacts.field.date", Inputs.date(form.occurredOn()))
                .field("kind", "ui.contacts.field.kind", Inputs.choice(KINDS, texts::contactKind, form.kind()))
                .field("notes", "ui.contacts.field.notes", Inputs.area(form.notes(), 3))
                .field("participants", "ui.contacts.field.participants", participants)
                .field(InteractionFormModel.FOLLOW_UPS, "ui.contacts.field.followUps", followUps);
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
