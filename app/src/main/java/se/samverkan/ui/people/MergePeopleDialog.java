package se.samverkan.ui.people;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import se.samverkan.domain.FieldConflict;
import se.samverkan.domain.MergePreview;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.FieldMessages;
import se.samverkan.ui.common.SensitiveTag;

/**
 * "Slå ihop med…": pick the other person, then per field where the two disagree which value to keep. Says what
 * happens (everything moves to the kept person, the other is deleted) before the user confirms.
 */
final class MergePeopleDialog {

    private final PersonMergeModel model;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane conflicts = new GridPane();
    private final Label summary = new Label();

    MergePeopleDialog(PersonMergeModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        var kept = model.kept();
        String keptName = kept.firstName() + " " + kept.lastName();
        dialog.setTitle(messages.get("ui.people.merge.title"));
        dialog.setHeaderText(null);

        var picker = new SearchableComboBox<PersonRow>();
        picker.setId("mergeOther");
        picker.setMaxWidth(Double.MAX_VALUE);
        Choosers.bind(picker, model.candidates(), model.otherId(), PersonRow::id,
                r -> r.name() + (r.organisationName() == null ? "" : " · " + r.organisationName()), null);
        picker.setPromptText(messages.get("ui.people.merge.pick"));

        conflicts.setId("mergeConflicts");
        conflicts.setHgap(12);
        conflicts.setVgap(6);
        summary.setWrapText(true);
        // A wrapping label in a dialog only grows downwards when it may not be shorter than it needs.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(640);
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        var intro = new Label(messages.get("ui.people.merge.intro", keptName));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.setMaxWidth(640);
        var content = new VBox(12, intro, picker, summary, conflicts, error);
        content.setPadding(new Insets(16, 20, 4, 20));
        content.setPrefWidth(680);
        dialog.getDialogPane().setContent(content);

        var mergeType = new ButtonType(messages.get("ui.people.merge.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(mergeType,
                new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var mergeButton = (Button) dialog.getDialogPane().lookupButton(mergeType);
        mergeButton.setId("mergeConfirm");
        mergeButton.getStyleClass().add(Styles.DANGER);
        mergeButton.disableProperty().bind(model.preview().isNull());
        mergeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.merge(this::close);
        });
        model.preview().addListener((obs, was, now) -> show(now));
        model.loadCandidates();
    }

    private void show(MergePreview preview) {
        conflicts.getChildren().clear();
        if (preview == null) {
            summary.setText("");
            resize();
            return;
        }
        var other = preview.other();
        summary.setText(messages.get("ui.people.merge.summary", other.firstName() + " " + other.lastName()));
        if (preview.conflicts().isEmpty()) {
            conflicts.add(new Label(messages.get("ui.people.merge.noConflicts")), 0, 0, 3, 1);
        }
        int row = 0;
        if (!preview.conflicts().isEmpty()) {
            conflicts.add(heading(preview.kept().firstName() + " " + preview.kept().lastName()), 1, row);
            conflicts.add(heading(other.firstName() + " " + other.lastName()), 2, row);
            row++;
        }
        for (FieldConflict conflict : preview.conflicts()) {
            var group = new ToggleGroup();
            var keep = new RadioButton(text(conflict, conflict.keptValue()));
            keep.setToggleGroup(group);
            keep.setSelected(true);
            var take = new RadioButton(text(conflict, conflict.otherValue()));
            take.setId("mergeTake_" + conflict.field());
            take.setToggleGroup(group);
            take.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.takeFromOther().add(conflict.field());
                } else {
                    model.takeFromOther().remove(conflict.field());
                }
            });
            var name = new Label(messages.get(PersonFields.labelKey(conflict.field())));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Node label = name;
            if (PersonFields.sensitive(conflict.field())) {
                label = new VBox(2, label, SensitiveTag.create(messages));
            }
            conflicts.add(label, 0, row);
            conflicts.add(keep, 1, row);
            conflicts.add(take, 2, row);
            row++;
        }
        resize();
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private String text(FieldConflict conflict, String value) {
        return conflict.valuesAreKeys() ? messages.get(value) : value;
    }

    private void resize() {
        FieldMessages.fit(dialog);
    }

    private void close() {
        FieldMessages.close(dialog);
    }

    void show(Node owner) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.show();
    }
}
