package se.samverkan.ui.network;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Messages;

/**
 * What the map tells: the brokers (ringed on the map), the public actors the union does not reach, and "who can
 * introduce me?" — the chain from "Jag" (or a chosen start) to a chosen person. Clicking a name centres the map on it.
 */
final class MapInsightPanel {

    private final VBox root = new VBox(6);
    private final NetworkMapViewModel model;
    private final Messages messages;
    private final ListView<Integer> brokers = list("mapBrokers", 5);
    private final ListView<Integer> isolated = list("mapIsolated", 5);
    private final ListView<Integer> chain = list("mapPath", 5);
    private final IntegerProperty from = new SimpleIntegerProperty(-1);
    private final IntegerProperty to = new SimpleIntegerProperty(-1);
    private final Label fromLabel = new Label();
    private final Label toLabel = new Label();
    private final Label pathMessage = new Label();

    MapInsightPanel(NetworkMapViewModel model, Messages messages, IntConsumer centre) {
        this.model = model;
        this.messages = messages;
        for (ListView<Integer> list : List.of(brokers, isolated, chain)) {
            list.setCellFactory(v -> new NodeCell());
            list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
                if (now != null && now >= 0) {
                    centre.accept(now);
                }
            });
        }
        fromLabel.setId("mapPathFrom");
        toLabel.setId("mapPathTo");
        pathMessage.setWrapText(true);
        pathMessage.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        from.addListener((obs, was, now) -> fromLabel.setText(name(now.intValue())));
        to.addListener((obs, was, now) -> toLabel.setText(name(now.intValue())));

        var fromButton = small("mapPathFromSelected", "ui.map.path.useSelected");
        fromButton.setOnAction(e -> from.set(model.selectedProperty().get()));
        var toButton = small("mapPathToSelected", "ui.map.path.useSelected");
        toButton.setOnAction(e -> to.set(model.selectedProperty().get()));
        fromButton.disableProperty().bind(model.selectedProperty().lessThan(0));
        toButton.disableProperty().bind(model.selectedProperty().lessThan(0));
        var show = new Button(messages.get("ui.map.path.show"));
        show.setId("mapPathShow");
        show.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        show.setOnAction(e -> {
            var found = model.introduce(from.get(), to.get());
            chain.getItems().setAll(found);
            pathMessage.setText(found.isEmpty() ? messages.get("ui.map.path.none") : messages.get("ui.map.path.steps", found.size() - 1));
        });
        var clear = small("mapPathClear", "ui.map.path.clear");
        clear.setOnAction(e -> {
            model.introduce(-1, -1);
            chain.getItems().clear();
            pathMessage.setText("");
        });

        root.getChildren().addAll(caption("ui.map.brokers"), brokers, caption("ui.map.isolated"), isolated,
                caption("ui.map.path"), row(caption("ui.map.path.from"), fromLabel, fromButton),
                row(caption("ui.map.path.to"), toLabel, toButton), new HBox(6, show, clear), pathMessage, chain);
        model.modelProperty().addListener((obs, was, now) -> {
            if (now != null) {
                brokers.getItems().setAll(now.brokers);
                isolated.getItems().setAll(now.isolated);
                from.set(-1);
                from.set(now.data.me() == null ? -1 : now.indexOf(PartyRef.person(now.data.me())));
                to.set(-1);
                chain.getItems().clear();
            }
        });
        model.meProperty().addListener((obs, was, now) -> {
            MapModel m = model.modelProperty().get();
            if (m != null && now != null && from.get() < 0) {
                from.set(m.indexOf(PartyRef.person(now)));
            }
        });
    }

    VBox root() {
        return root;
    }

    private String name(int node) {
        MapModel m = model.modelProperty().get();
        return m == null || node < 0 ? messages.get("ui.map.path.nobody") : m.nodes[node].label();
    }

    private HBox row(Label caption, Label value, Button button) {
        caption.setMinWidth(36);
        value.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        var row = new HBox(6, caption, value, button);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Button small(String id, String key) {
        var button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        return button;
    }

    private Label caption(String key) {
        var label = new Label(messages.get(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }

    private static ListView<Integer> list(String id, int rows) {
        var list = new ListView<Integer>();
        list.setId(id);
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(rows * 26 + 4);
        list.setMinHeight(60);
        return list;
    }

    private final class NodeCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : name(node));
        }
    }
}
