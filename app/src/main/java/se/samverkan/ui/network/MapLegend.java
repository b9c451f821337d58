package se.samverkan.ui.network;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import se.samverkan.service.Messages;

/** The key to the map's colours, shapes and lines, drawn with the same colours as the map in the current theme. */
final class MapLegend {

    private final javafx.scene.layout.GridPane root = new javafx.scene.layout.GridPane();
    private final Messages messages;

    MapLegend(Messages messages) {
        this.messages = messages;
        root.setId("mapLegend");
        root.getStyleClass().add("map-legend");
        root.setMouseTransparent(true);
        root.setHgap(14);
        root.setVgap(2);
        root.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
    }

    javafx.scene.layout.GridPane root() {
        return root;
    }

    void rebuild(boolean dark) {
        var p = MapRenderer.Palette.of(dark);
        Color grey = Color.web(ActorGroup.OTHER.colour(dark));
        root.getChildren().clear();
        var rows = new java.util.ArrayList<HBox>();
        for (ActorGroup g : ActorGroup.values()) {
            Color c = Color.web(g.colour(dark));
            rows.add(row(gc -> gc.fillOval(3, 3, 12, 12), c, messages.get(g.messageKey())));
        }
        rows.add(row(gc -> gc.fillOval(3, 3, 12, 12), grey, messages.get("ui.map.legend.person")));
        rows.add(row(gc -> gc.fillRoundRect(3, 3, 12, 12, 5, 5), grey, messages.get("ui.map.legend.organisation")));
        rows.add(row(gc -> {
            gc.fillRoundRect(3, 3, 12, 12, 5, 5);
            gc.setStroke(p.text());
            gc.setLineWidth(1.5);
            gc.strokeRoundRect(3, 3, 12, 12, 5, 5);
        }, grey, messages.get("ui.map.legend.public")));
        rows.add(row(gc -> {
            gc.fillOval(5, 5, 8, 8);
            gc.setStroke(p.broker());
            gc.setLineWidth(2);
            gc.strokeOval(2, 2, 14, 14);
        }, grey, messages.get("ui.map.legend.broker")));
        rows.add(line(p.edge(), false, 2, messages.get("ui.map.legend.warm")));
        rows.add(line(p.edge(), true, 2, messages.get("ui.map.legend.cold")));
        rows.add(line(p.added(), false, 2.5, messages.get("ui.map.legend.added")));
        rows.add(line(p.cooled(), true, 2.5, messages.get("ui.map.legend.cooled")));
        rows.add(line(p.path(), false, 4, messages.get("ui.map.legend.path")));
        // two columns: the colours of the actor types, then shapes and lines
        for (int i = 0; i < rows.size(); i++) {
            root.add(rows.get(i), i < 8 ? 0 : 1, i < 8 ? i : i - 8);
        }
    }

    private HBox row(java.util.function.Consumer<GraphicsContext> paint, Color fill, String text) {
        var icon = new Canvas(18, 18);
        var gc = icon.getGraphicsContext2D();
        gc.setFill(fill);
        paint.accept(gc);
        var box = new HBox(6, icon, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox line(Color colour, boolean dashed, double width, String text) {
        return row(gc -> {
            gc.setStroke(colour);
            gc.setLineWidth(width);
            gc.setLineDashes(dashed ? new double[] {4, 3} : null);
            gc.strokeLine(0, 9, 18, 9);
        }, colour, text);
    }
}
