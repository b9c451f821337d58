package se.samverkan.ui.search;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** Draws a result row: kind headings small and muted, hits with an icon, title and subtitle. */
final class SearchRowCell extends ListCell<SearchRow> {

    static final Map<SearchKind, Ikon> ICONS = Map.of(
            SearchKind.PERSON, Feather.USER,
            SearchKind.ORGANISATION, Feather.BRIEFCASE,
            SearchKind.FORUM, Feather.USERS,
            SearchKind.WORKSHOP, Feather.CALENDAR);

    private final Messages messages;

    SearchRowCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("search-header", "search-hit", "search-note");
        setText(null);
        setGraphic(null);
        setDisable(false);
        if (empty || row == null) {
            return;
        }
        if (row.header() != null) {
            setText(messages.get("ui.search.kind." + row.header().name()));
            getStyleClass().add("search-header");
            setDisable(true);
        } else if (row.hit() != null) {
            var title = new Label(row.hit().title());
            title.getStyleClass().add("search-title");
            var subtitle = new Label(row.hit().subtitle());
            subtitle.getStyleClass().add("search-subtitle");
            var text = new VBox(0, title, subtitle);
            var box = new HBox(10, Icons.of(ICONS.get(row.hit().kind())), text);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(box);
            getStyleClass().add("search-hit");
        } else {
            setText(row.note());
            getStyleClass().add("search-note");
            setDisable(true);
        }
    }
}
