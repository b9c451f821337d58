package se.samverkan.ui.people;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.Messages;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.FieldMessages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.SensitiveTag;

/** The opened person's political offices: the list with "Ta bort", and a small form to add one. All marked sensitive. */
final class PoliticalOfficesDialog {

    private final PoliticalOfficesModel model;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane form = new GridPane();
    private int rows;

    PoliticalOfficesDialog(PoliticalOfficesModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        dialog.setTitle(messages.get("ui.offices.title"));
        dialog.setHeaderText(null);

        var list = new ListView<>(model.offices());
        list.setId("officesList");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(messages.get("ui.offices.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PoliticalOffice office, boolean empty) {
                super.updateItem(office, empty);
                if (empty || office == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                var remove = new Button(null, Icons.of(Feather.TRASH_2, 14));
                remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER, Styles.BUTTON_ICON);
                remove.setAccessibleText(messages.get("ui.people.delete"));
                remove.setOnAction(e -> model.remove(office));
                var spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                var text = new Label(describe(office));
                text.setWrapText(true);
                text.setMaxWidth(460);
                var line = new HBox(8, text, spacer, remove);
                line.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
            }
        });

        form.setHgap(12);
        form.setVgap(4);
        var levels = FXCollections.observableArrayList(PoliticalOfficesModel.LEVELS);
        field("role", "ui.offices.role", text(model.role()));
        field(PeopleService.OFFICE_BODY, "ui.offices.body", text(model.body()));
        field(PeopleService.OFFICE_LEVEL, "ui.detail.level", Choosers.bind(new ComboBox<>(), levels, model.level(),
                l -> l, l -> messages.get("ui.level." + l), null));
        field("party", "ui.offices.party", text(model.party()));
        field("termFrom", "ui.offices.from", DateFields.picker(model.termFrom()));
        field(PeopleService.OFFICE_TERM_TO, "ui.offices.to", DateFields.picker(model.termTo()));
        var add = new Button(messages.get("ui.offices.add"), Icons.of(Feather.PLUS));
        add.setId("officeAdd");
        add.setOnAction(e -> model.add());
        form.add(add, 1, rows);

        var heading = new HBox(8, new Label(messages.get("ui.offices.intro")), SensitiveTag.create(messages));
        heading.setAlignment(Pos.CENTER_LEFT);
        var content = new VBox(12, heading, list, new Label(messages.get("ui.offices.new")), form);
        content.setPadding(new Insets(16, 20, 4, 20));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("ui.form.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private String describe(PoliticalOffice o) {
        var parts = new java.util.ArrayList<String>();
        if (o.role() != null) {
            parts.add(o.role());
        }
        parts.add(o.body());
        parts.add(messages.get("ui.level." + o.level()));
        if (o.party() != null) {
            parts.add(o.party());
        }
        if (o.termFrom() != null || o.termTo() != null) {
            parts.add((o.termFrom() == null ? "" : o.termFrom()) + "–" + (o.termTo() == null ? "" : o.termTo()));
        }
        return String.join(" · ", parts);
    }

    private static TextField text(javafx.beans.property.StringProperty value) {
        var field = new TextField();
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void field(String name, String labelKey, Control input) {
        input.setId("office_" + name);
        input.setMaxWidth(Double.MAX_VALUE);
        var error = FieldMessages.under(input, "office_" + name + "_error", name, model.fieldErrors(), messages,
                () -> FieldMessages.fit(dialog));
        var label = new Label(messages.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        form.add(label, 0, rows);
        form.add(new VBox(2, input, error), 1, rows);
        rows++;
    }

    void show(Node owner) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.show();
    }
}
