package se.samverkan.ui.funding;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** Small pieces the funding form's tabs share: bound text fields, remove buttons, headings, a scrolling page. */
final class FormRows {

    private FormRows() {
    }

    static TextField text(StringProperty value, int columns) {
        var field = new TextField();
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A right-aligned field for a number, as figures are read in a column. */
    static TextField number(StringProperty value, int columns, String id) {
        var field = text(value, columns);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setId(id);
        return field;
    }

    static Button remove(Messages messages, String id, Runnable action) {
        var button = new Button(null, Icons.of(Feather.X, 14));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(messages.get("ui.funding.removeRow")));
        button.setOnAction(e -> action.run());
        return button;
    }

    static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    static Label muted(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    static Node page(Region content) {
        content.setPadding(new Insets(12));
        var scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
