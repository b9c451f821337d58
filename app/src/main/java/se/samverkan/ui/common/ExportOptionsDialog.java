package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import se.samverkan.service.Messages;

/**
 * Asks how to export a list before the save dialog: the CSV separator ({@code ;} for Swedish Excel, or {@code ,}) and,
 * when the list has special-category columns, whether to include them (unticked unless the user ticks it).
 */
final class ExportOptionsDialog {

    /** What the user chose. */
    record Options(char separator, boolean includeSensitive) {
    }

    private final Messages messages;
    private final boolean offerSensitive;
    private final int rows;

    ExportOptionsDialog(Messages messages, boolean offerSensitive, int rows) {
        this.messages = messages;
        this.offerSensitive = offerSensitive;
        this.rows = rows;
    }

    /** Empty when the user cancels. */
    Optional<Options> ask(Window owner) {
        var dialog = new Dialog<Options>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("ui.export.title"));
        dialog.getDialogPane().setId("exportDialog");
        var count = new Label(messages.get("ui.export.rows", rows));
        var separator = new ComboBox<Character>();
        separator.setId("exportSeparator");
        separator.getItems().setAll(';', ',');
        separator.setValue(';');
        separator.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : messages.get(c == ';' ? "ui.export.separator.semicolon" : "ui.export.separator.comma");
            }

            @Override
            public Character fromString(String s) {
                return null;
            }
        });
        var separatorRow = new HBox(8, new Label(messages.get("ui.export.separator")), separator);
        separatorRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var content = new VBox(10, count, separatorRow);
        var sensitive = new CheckBox(messages.get("ui.export.sensitive"));
        sensitive.setId("exportSensitive");
        if (offerSensitive) {
            var help = new Label(messages.get("ui.export.sensitive.help"));
            help.setWrapText(true);
            help.setMaxWidth(420);
            help.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().addAll(sensitive, help);
        }
        dialog.getDialogPane().setContent(content);
        var choose = new ButtonType(messages.get("ui.export.choose"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose, new ButtonType(messages.get("ui.form.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(choose).setId("exportChoose");
        dialog.setResultConverter(b -> b == choose
                ? new Options(separator.getValue(), offerSensitive && sensitive.isSelected()) : null);
        return dialog.showAndWait();
    }
}
