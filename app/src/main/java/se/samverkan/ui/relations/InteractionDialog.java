package se.samverkan.ui.relations;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.RecordFormDialog;

/** "Logga kontakt": the record-form dialog with participant chips, a party picker and follow-up rows. */
final class InteractionDialog {

    /** The kinds in the order the choice lists them. */
    static final List<String> KINDS = List.of("MEETING", "DIGITAL_MEETING", "CALL", "EMAIL", "OTHER");

    /** A follow-up's fields as the service names them, with the label its message starts with. */
    private static final java.util.Map<String, String> PARTS = new java.util.LinkedHashMap<>(java.util.Map.of(
            "description", "ui.contacts.followUp.description", "dueDate", "ui.contacts.followUp.due",
            "responsible", "ui.contacts.followUp.responsible"));

    private final InteractionFormModel form;
    private final Messages messages;
    private final RecordFormDialog dialog;
    private final FlowPane chips = new FlowPane(6, 6);
    private final VBox rows = new VBox(6);

    InteractionDialog(InteractionFormModel form, PartyPickerModel picker, RelationsTexts texts) {
        this.form = form;
        this.messages = texts.messages();
        picker.exclude(form::takesPart);
        chips.setId("interactionParticipants");
        form.participants().addListener((ListChangeListener<Named>) c -> showChips());
        showChips();
        var participants = new VBox(6, chips, new PartyPicker(picker, messages, "interactionPicker",
                hit -> form.addParticipant(PartyPickerModel.named(hit))));

        var add = new Button(messages.get("ui.contacts.followUp.add"), Icons.of(Feather.PLUS));
        add.setId("interactionAddFollowUp");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> form.addFollowUp());
        form.followUps().addListener((ListChangeListener<InteractionFormModel.FollowUpRow>) c -> showRows());
        form.fieldErrors().addListener((MapChangeListener<String, String>) c -> showRows());
        var followUps = new VBox(6, rows, add);
        showRows();

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

    private void showChips() {
        chips.getChildren().setAll(form.participants().stream().map(this::chip).toList());
        Inputs.refit(chips);
    }

    private Node chip(Named party) {
        var remove = new Button(null, Icons.of(Feather.X, 12));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setOnAction(e -> form.participants().remove(party));
        var chip = new HBox(2, new Label(party.name(), Icons.of(party.party().isPerson() ? Feather.USER : Feather.BRIEFCASE, 12)),
                remove);
        chip.getStyleClass().add("party-chip");
        chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return chip;
    }

    private void showRows() {
        rows.getChildren().clear();
        for (int i = 0; i < form.followUps().size(); i++) {
            rows.getChildren().add(row(i, form.followUps().get(i)));
        }
        Inputs.refit(rows);
    }

    private Node row(int index, InteractionFormModel.FollowUpRow f) {
        String id = "followUp" + index;
        var description = new TextField();
        description.setId(id + "_description");
        description.setPromptText(messages.get("ui.contacts.followUp.description"));
        description.textProperty().bindBidirectional(f.description());
        HBox.setHgrow(description, Priority.ALWAYS);
        var due = Inputs.date(f.dueDate());
        due.setId(id + "_due");
        due.setPromptText(messages.get("ui.contacts.followUp.due"));
        due.setPrefWidth(130);
        var who = new TextField();
        who.setId(id + "_responsible");
        who.setPromptText(messages.get("ui.contacts.followUp.responsible"));
        who.setPrefColumnCount(8);
        who.textProperty().bindBidirectional(f.responsible());
        var remove = new Button(null, Icons.of(Feather.TRASH_2));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> form.followUps().remove(f));
        var line = new HBox(6, description, due, who, remove);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var box = new VBox(2, line);
        for (var part : PARTS.entrySet()) {
            String key = form.fieldErrors().get(InteractionFormModel.followUpField(index, part.getKey()));
            if (key != null) {
                var error = new Label(messages.get(part.getValue()) + ": " + messages.get(key));
                error.setId(id + "_" + part.getKey() + "_error");
                error.getStyleClass().addAll(Styles.DANGER, "field-error");
                box.getChildren().add(error);
            }
        }
        return box;
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
