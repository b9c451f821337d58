package se.samverkan.ui.relations;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import se.samverkan.domain.SearchHit;
import se.samverkan.service.Messages;

/**
 * A search field for a person or an organisation with its hits listed below it; a click or Enter on a hit picks it.
 * Used by the relationship dialog (one other party) and the contact dialog (participants).
 */
public final class PartyPicker extends VBox {

    private final TextField field = new TextField();

    public PartyPicker(PartyPickerModel model, Messages messages, String id, Consumer<SearchHit> onPick) {
        super(4);
        field.setId(id);
        field.setPromptText(messages.get("ui.relations.picker.prompt"));
        field.textProperty().bindBidirectional(model.queryProperty());
        var hits = new ListView<>(model.hits());
        hits.setId(id + "Hits");
        hits.getStyleClass().add("party-picker-hits");
        hits.setPrefHeight(150);
        hits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.subtitle().isEmpty() ? hit.title()
                        : hit.title() + " · " + hit.subtitle());
                setGraphic(empty || hit == null ? null : se.samverkan.ui.common.Icons.of(
                        hit.kind() == se.samverkan.domain.SearchKind.PERSON
                                ? org.kordamp.ikonli.feather.Feather.USER : org.kordamp.ikonli.feather.Feather.BRIEFCASE, 12));
            }
        });
        hits.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.hits()));
        hits.managedProperty().bind(hits.visibleProperty());
        hits.visibleProperty().addListener((obs, was, now) -> se.samverkan.ui.common.WindowFit.refit(this));

        var pause = new PauseTransition(Duration.millis(200));
        pause.setOnFinished(e -> model.search());
        field.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        Runnable pick = () -> {
            SearchHit hit = hits.getSelectionModel().getSelectedItem();
            if (hit != null) {
                model.clear();
                onPick.accept(hit);
                field.requestFocus();
            }
        };
        hits.setOnMouseClicked(e -> pick.run());
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.hits().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !model.hits().isEmpty()) {
                hits.getSelectionModel().selectFirst();
                pick.run();
                e.consume();
            }
        });
        getChildren().addAll(field, hits);
    }

    @Override
    public void requestFocus() {
        field.requestFocus();
    }
}
