package se.samverkan.ui.unlock;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** The calm frame shared by the first-start and unlock views: a centred card with the app's mark and a heading. */
final class StartLayout {

    private StartLayout() {
    }

    static StackPane frame(Messages messages, String headingKey, String leadKey, Node... content) {
        var mark = new StackPane(Icons.of(Feather.SHIELD, 26));
        mark.getStyleClass().add("start-mark");
        var app = new Label(messages.get("app.title"));
        app.getStyleClass().add("start-app");
        var heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add("start-heading");
        var lead = new Label(messages.get(leadKey));
        lead.getStyleClass().add("start-lead");
        lead.setWrapText(true);

        var card = new VBox(12, mark, app, heading, lead);
        card.getChildren().addAll(content);
        card.getStyleClass().add("start-card");
        card.setMaxWidth(460);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        var root = new StackPane(card);
        root.getStyleClass().add("start-root");
        StackPane.setAlignment(card, Pos.CENTER);
        return root;
    }

    static Label fieldLabel(Messages messages, String key) {
        var label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    static Label inlineError(String id) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("inline-error");
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
