package se.samverkan.ui.home;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.RecordKind;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** The tiles with one count per area; each tile's id is {@code count-<kind>} for tests and styling. */
final class CountCards extends TilePane {

    private static final Map<RecordKind, Ikon> ICONS = Map.ofEntries(
            Map.entry(RecordKind.BRANCHES, Feather.FLAG),
            Map.entry(RecordKind.PEOPLE, Feather.USER),
            Map.entry(RecordKind.ORGANISATIONS, Feather.BRIEFCASE),
            Map.entry(RecordKind.RELATIONSHIPS, Feather.SHARE_2),
            Map.entry(RecordKind.INTERACTIONS, Feather.MESSAGE_CIRCLE),
            Map.entry(RecordKind.FORUMS, Feather.USERS),
            Map.entry(RecordKind.SEATS, Feather.GRID),
            Map.entry(RecordKind.WORKSHOPS, Feather.CALENDAR),
            Map.entry(RecordKind.INDICATORS, Feather.ACTIVITY),
            Map.entry(RecordKind.TARGETS, Feather.TARGET),
            Map.entry(RecordKind.OUTCOMES, Feather.CHECK_SQUARE),
            Map.entry(RecordKind.DEMANDS, Feather.MIC),
            Map.entry(RecordKind.FUNDING_PROJECTS, Feather.DOLLAR_SIGN));

    private static final double MIN_TILE_WIDTH = 200;
    private final Messages messages;

    CountCards(ObservableList<CountTile> tiles, Messages messages) {
        this.messages = messages;
        setId("countCards");
        getStyleClass().add("count-cards");
        setHgap(12);
        setVgap(12);
        setPrefTileWidth(MIN_TILE_WIDTH);
        // Stretch the tiles so each row fills the width instead of leaving a ragged gap on the right.
        widthProperty().addListener((obs, was, now) -> fitTiles(now.doubleValue()));
        tiles.addListener((ListChangeListener<CountTile>) c -> getChildren().setAll(tiles.stream().map(this::card).toList()));
        getChildren().setAll(tiles.stream().map(this::card).toList());
    }

    private void fitTiles(double width) {
        double usable = width - snappedLeftInset() - snappedRightInset();
        int columns = Math.max(1, (int) ((usable + getHgap()) / (MIN_TILE_WIDTH + getHgap())));
        setPrefTileWidth(Math.floor((usable - (columns - 1) * getHgap()) / columns));
    }

    private Node card(CountTile tile) {
        var icon = Icons.of(ICONS.getOrDefault(tile.kind(), Feather.DATABASE), 18);
        var iconBox = new HBox(icon);
        iconBox.getStyleClass().add("count-icon");
        var number = new Label(String.format(messages.locale(), "%,d", tile.count()));
        number.setId("count-" + tile.kind().cliName());
        number.getStyleClass().add("count-number");
        var label = new Label(messages.get("ui.count." + tile.kind().cliName()));
        label.getStyleClass().add("count-label");
        var text = new VBox(0, number, label);
        var card = new HBox(12, iconBox, text);
        card.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        card.getStyleClass().add("count-card");
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }
}
