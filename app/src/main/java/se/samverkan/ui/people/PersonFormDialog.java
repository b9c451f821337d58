package se.samverkan.ui.people;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.samverkan.service.Messages;
import se.samverkan.service.network.PeopleService;

/**
 * The form for a new or changed person. Each invalid field gets its message right below it; for a new person the
 * likely duplicates are listed before saving, each with "Öppna", plus "Spara ändå".
 */
final class PersonFormDialog {

    private final PersonFormModel form;
    private final Messages messages;
    private final LongConsumer openDetail;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox duplicates = new VBox(6);
    private boolean confirmedDuplicates;

    PersonFormDialog(PersonFormModel form, Messages messages, LongConsumer openDetail) {
        this.form = form;
        this.messages = messages;
        this.openDetail = openDetail;
        dialog.setTitle(messages.get(form.isNew() ? "ui.people.form.new" : "ui.people.form.edit"));
        dialog.setHeaderText(null);
        var grid = new GridPane();
        grid.setId("personForm");
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = field(grid, row, PeopleService.FIRST_NAME, "ui.people.field.firstName", form.firstName());
        row = field(grid, row, PeopleService.LAST_NAME, "ui.people.field.lastName", form.lastName());
        row = field(grid, row, "title", "ui.detail.title", form.title());
        row = field(grid, row, PeopleService.EMAIL, "ui.detail.email", form.email());
        field(grid, row, PeopleService.PHONE, "ui.detail.phone", form.phone());
        duplicates.setId("personDuplicates");
        duplicates.getStyleClass().add("duplicate-warning");
        duplicates.setVisible(false);
        duplicates.setManaged(false);
        dialog.getDialogPane().setContent(new VBox(12, grid, duplicates));
        var save = new ButtonType(messages.get("ui.people.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("personSave");
        // The dialog closes only once the person is saved: validation and the duplicate check run first.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        form.duplicates().addListener((javafx.collections.ListChangeListener<se.samverkan.domain.DuplicateCandidate>) c ->
                showDuplicates());
    }

    private int field(GridPane grid, int row, String name, String labelKey, StringProperty value) {
        var label = new Label(messages.get(labelKey));
        var input = new TextField();
        input.setId("person_" + name);
        input.setPrefColumnCount(24);
        input.textProperty().bindBidirectional(value);
        var error = new Label();
        error.setId("person_" + name + "_error");
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.setWrapText(true);
        error.setMaxWidth(340);
        error.setMinHeight(Region.USE_PREF_SIZE);
        form.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            String key = form.fieldErrors().get(name);
            error.setText(key == null ? "" : messages.get(key));
            error.setVisible(key != null);
            error.setManaged(key != null);
            input.pseudoClassStateChanged(Styles.STATE_DANGER, key != null);
            resize();
        });
        error.setVisible(false);
        error.setManaged(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        if (row == 0) {
            dialog.setOnShown(e -> input.requestFocus());
        }
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        return row + 1;
    }

    private void submit() {
        if (confirmedDuplicates) {
            form.save(saved -> close());
            return;
        }
        form.check(mayBeSaved -> {
            if (mayBeSaved) {
                form.save(saved -> close());
            }
        });
    }

    private void showDuplicates() {
        duplicates.getChildren().clear();
        boolean any = !form.duplicates().isEmpty();
        duplicates.setVisible(any);
        duplicates.setManaged(any);
        if (!any) {
            return;
        }
        duplicates.getChildren().add(new Label(messages.get("ui.people.duplicates")));
        for (var candidate : form.duplicates()) {
            var open = new Button(messages.get("ui.people.duplicates.open"));
            open.getStyleClass().add(Styles.SMALL);
            open.setOnAction(e -> {
                openDetail.accept(candidate.id());
                close();
            });
            var text = new Label(candidate.name() + (candidate.detail().isEmpty() ? "" : " · " + candidate.detail()));
            var line = new HBox(8, text, PeopleView.spacer(), open);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            duplicates.getChildren().add(line);
        }
        var anyway = new Button(messages.get("ui.people.duplicates.saveAnyway"));
        anyway.setId("personSaveAnyway");
        anyway.setOnAction(e -> {
            confirmedDuplicates = true;
            form.save(saved -> close());
        });
        duplicates.getChildren().add(anyway);
        resize();
    }

    /** Messages and the duplicate list add height; without a window manager the window would not grow by itself. */
    private void resize() {
        var scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() != null) {
            scene.getWindow().sizeToScene();
        }
    }

    private void close() {
        dialog.setResult(ButtonType.OK);
        dialog.close();
    }

    void show(Node owner) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.show();
    }
}
