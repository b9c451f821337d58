package se.samverkan.ui.home;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import se.samverkan.ui.common.Icons;

/**
 * A home-screen card listing items that need attention, with a count badge and an empty state that says plainly
 * that nothing is due (so an empty card reads as good news, not as a fault).
 */
final class AttentionPanel<T> extends VBox {

    AttentionPanel(String id, Ikon icon, String title, String emptyText, ObservableList<T> items,
                   Function<T, Node> rowFactory) {
        setId(id);
        getStyleClass().add("panel");
        var heading = new Label(title, Icons.of(icon, 18));
        heading.getStyleClass().add("panel-title");
        var badge = new Label();
        badge.getStyleClass().add("panel-badge");
        badge.textProperty().bind(Bindings.size(items).asString());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(8, heading, spacer, badge);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        var empty = new Label(emptyText);
        empty.setId(id + "Empty");
        empty.getStyleClass().add("panel-empty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(items));
        empty.managedProperty().bind(empty.visibleProperty());

        var rows = new VBox();
        rows.getStyleClass().add("panel-rows");
        items.addListener((ListChangeListener<T>) change -> rebuild(rows, items, rowFactory));
        rebuild(rows, items, rowFactory);
        getChildren().addAll(header, empty, rows);
    }

    private static <T> void rebuild(VBox rows, ObservableList<T> items, Function<T, Node> rowFactory) {
        rows.getChildren().setAll(items.stream().map(rowFactory).toList());
    }

    /** A two-line row: a leading tag (date), the main text, a muted second line. */
    static Node row(String tag, boolean alert, String main, String secondary) {
        return row(tag, alert, main, secondary, null);
    }

    /** A two-line row with an action at its end (null: none). */
    static Node row(String tag, boolean alert, String main, String secondary, Node action) {
        var tagLabel = new Label(tag);
        tagLabel.getStyleClass().add("row-tag");
        if (alert) {
            tagLabel.getStyleClass().add("row-tag-alert");
        }
        tagLabel.setMinWidth(Region.USE_PREF_SIZE);
        var mainLabel = new Label(main);
        mainLabel.getStyleClass().add("row-main");
        var second = new Label(secondary);
        second.getStyleClass().add("row-secondary");
        second.setVisible(secondary != null && !secondary.isBlank());
        second.setManaged(second.isVisible());
        var text = new VBox(2, mainLabel, second);
        HBox.setHgrow(text, Priority.ALWAYS);
        var row = new HBox(12, tagLabel, text);
        if (action != null) {
            row.getChildren().add(action);
        }
        row.getStyleClass().add("attention-row");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
