package se.samverkan.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/**
 * The search field of the top bar with a popup of hits grouped by kind. Typing searches after a short pause;
 * Down moves into the list, Enter or a click opens the hit, Escape closes.
 */
public final class SearchBox {

    private final CustomTextField field = new CustomTextField();
    private final ListView<SearchRow> list = new ListView<>();
    private final Popup popup = new Popup();
    private final SearchViewModel model;

    public SearchBox(SearchViewModel model, Messages messages) {
        this.model = model;
        field.setId("globalSearch");
        field.setPromptText(messages.get("ui.search.prompt"));
        field.setLeft(Icons.of(Feather.SEARCH));
        field.getStyleClass().add("global-search");
        field.textProperty().bindBidirectional(model.queryProperty());

        var pause = new PauseTransition(Duration.millis(180));
        pause.setOnFinished(e -> model.search());
        field.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        // A filter, because the text field's own behaviour consumes Enter before a handler would see it.
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(firstHit());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pause.stop();
                openRow(list.getItems().isEmpty() ? null : list.getItems().get(firstHit()));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.clear();
                e.consume();
            }
        });

        list.setId("searchResults");
        list.getStyleClass().add("search-results");
        list.setCellFactory(v -> new SearchRowCell(messages));
        list.setPrefWidth(460);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                // The popup may hold the keyboard without a selection yet: Enter then opens the first hit.
                SearchRow selected = list.getSelectionModel().getSelectedItem();
                openRow(selected != null && selected.hit() != null ? selected : list.getItems().get(firstHit()));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.clear();
                field.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> openRow(list.getSelectionModel().getSelectedItem()));
        popup.getContent().add(list);
        popup.setAutoHide(true);

        var emptyRow = List.of(SearchRow.empty(messages.get("ui.search.none")));
        model.hits().addListener((ListChangeListener<SearchHit>) c -> {
            List<SearchRow> rows = rows(model.hits());
            list.getItems().setAll(rows.isEmpty() && !model.queryProperty().get().isBlank() ? emptyRow : rows);
            list.setPrefHeight(Math.min(420, list.getItems().size() * 46 + 8));
            showOrHide();
        });
    }

    static List<SearchRow> rows(List<SearchHit> hits) {
        List<SearchRow> rows = new ArrayList<>();
        SearchKind current = null;
        for (SearchHit hit : hits) {
            if (hit.kind() != current) {
                current = hit.kind();
                rows.add(SearchRow.header(current));
            }
            rows.add(SearchRow.hit(hit));
        }
        return rows;
    }

    private int firstHit() {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).hit() != null) {
                return i;
            }
        }
        return 0;
    }

    private void openRow(SearchRow row) {
        if (row != null && row.hit() != null) {
            model.open(row.hit());
            popup.hide();
            model.clear();
        }
    }

    private void showOrHide() {
        if (list.getItems().isEmpty() || field.getScene() == null || !field.isVisible()) {
            popup.hide();
            return;
        }
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY() + 4);
            }
        }
    }

    public Node node() {
        return field;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
