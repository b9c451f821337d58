package se.samverkan.ui.organisations;

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
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.util.StringConverter;
import se.samverkan.domain.ActorType;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.service.network.PeopleService;

/**
 * The form for a new or changed organisation: each invalid field gets its message right below it; for a new one the
 * likely duplicates are listed before saving, each with "Öppna", plus "Spara ändå".
 */
final class OrganisationFormDialog {

    private final OrganisationFormModel form;
    private final Messages messages;
    private final LongConsumer openDetail;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox duplicates = new VBox(6);
    private boolean confirmedDuplicates;

    OrganisationFormDialog(OrganisationFormModel form, List<ActorType> types, Messages messages,
                           LongConsumer openDetail) {
        this.form = form;
        this.messages = messages;
        this.openDetail = openDetail;
        dialog.setTitle(messages.get(form.isNew() ? "ui.organisations.form.new" : "ui.organisations.form.edit"));
        dialog.setHeaderText(null);
        var grid = new GridPane();
        grid.setId("organisationForm");
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = field(grid, row, OrganisationService.NAME, "ui.organisations.field.name", new TextField(), form.name());
        row = field(grid, row, OrganisationService.ACTOR_TYPE, "ui.detail.actor_type", typeChoice(types), null);
        row = field(grid, row, PeopleService.EMAIL, "ui.detail.email", new TextField(), form.email());
        row = field(grid, row, PeopleService.PHONE, "ui.detail.phone", new TextField(), form.phone());
        field(grid, row, "website", "ui.detail.website", new TextField(), form.website());
        duplicates.setId("organisationDuplicates");
        duplicates.getStyleClass().add("duplicate-warning");
        duplicates.setVisible(false);
        duplicates.setManaged(false);
        dialog.getDialogPane().setContent(new VBox(12, grid, duplicates));
        var save = new ButtonType(messages.get("ui.organisations.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("organisationSave");
        // The dialog closes only once the organisation is saved: validation and the duplicate check run first.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        form.duplicates().addListener((javafx.collections.ListChangeListener<se.samverkan.domain.DuplicateCandidate>) c ->
                showDuplicates());
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

    private int field(GridPane grid, int row, String name, String labelKey, Control input, StringProperty value) {
        var label = new Label(messages.get(labelKey));
        input.setId("organisation_" + name);
        if (input instanceof TextField text) {
            text.setPrefColumnCount(24);
            text.textProperty().bindBidirectional(value);
        }
        var error = new Label();
        error.setId("organisation_" + name + "_error");
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
        duplicates.getChildren().add(new Label(messages.get("ui.organisations.duplicates")));
        for (var candidate : form.duplicates()) {
            var open = new Button(messages.get("ui.organisations.duplicates.open"));
            open.getStyleClass().add(Styles.SMALL);
            open.setOnAction(e -> {
                openDetail.accept(candidate.id());
                close();
            });
            var text = new Label(candidate.name() + (candidate.detail().isEmpty() ? "" : " · " + candidate.detail()));
            var line = new HBox(8, text, OrganisationsView.spacer(), open);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            duplicates.getChildren().add(line);
        }
        var anyway = new Button(messages.get("ui.organisations.duplicates.saveAnyway"));
        anyway.setId("organisationSaveAnyway");
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
