package se.samverkan.ui.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.StakeholderPosition;
import se.samverkan.domain.StakeholderQuadrant;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/**
 * "Intressenter": a 5×5 grid with interest across and influence up, each assessed party in the cell of its latest
 * assessment, the cells coloured by quadrant. A party's chip opens it in the detail pane.
 */
public final class StakeholderGridView {

    /** Chips per cell before "+N till". */
    static final int PER_CELL = 6;

    private final StakeholderGridModel model;
    private final Messages messages;
    private final Consumer<PartyRef> open;
    private final GridPane grid = new GridPane();
    private final Label count = new Label();
    private final ScrollPane root;

    public StakeholderGridView(StakeholderGridModel model, Messages messages, Consumer<PartyRef> open) {
        this.model = model;
        this.messages = messages;
        this.open = open;
        var title = new Label(messages.get("ui.stakeholders.title"));
        title.getStyleClass().add("page-title");
        var subtitle = new Label(messages.get("ui.stakeholders.subtitle"));
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.setWrapText(true);
        var error = new Label();
        error.getStyleClass().add("inline-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        var types = filter("gridActorType", "ui.stakeholders.filter.allTypes", model.actorTypeProperty());
        model.actorTypes().addListener((ListChangeListener<se.samverkan.domain.ActorType>) c -> {
            List<String> codes = new ArrayList<>();
            codes.add(null);
            model.actorTypes().forEach(t -> codes.add(t.code()));
            types.getItems().setAll(codes);
        });
        var counties = filter("gridCounty", "ui.stakeholders.filter.allCounties", model.countyProperty());
        model.counties().addListener((ListChangeListener<se.samverkan.domain.County>) c -> {
            List<String> codes = new ArrayList<>();
            codes.add(null);
            model.counties().forEach(t -> codes.add(t.code()));
            counties.getItems().setAll(codes);
        });
        count.setId("gridCount");
        count.getStyleClass().add("row-secondary");
        var filters = new HBox(10, types, counties, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        grid.setId("stakeholderGrid");
        grid.setMinHeight(520);
        model.shown().addListener((ListChangeListener<StakeholderPosition>) c -> fill());
        fill();

        var page = new VBox(12, new VBox(2, title, subtitle), error, filters, grid);
        page.getStyleClass().add("grid-page");
        page.getStylesheets().add(PartySections.CSS);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root = new ScrollPane(page);
        root.setId("stakeholderView");
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.getStyleClass().add("page-scroll");
    }

    private ComboBox<String> filter(String id, String allKey, javafx.beans.property.ObjectProperty<String> value) {
        var box = new ComboBox<String>();
        box.setId(id);
        box.getItems().add(null);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null) {
                    return messages.get(allKey);
                }
                return model.actorTypes().stream().filter(t -> t.code().equals(code)).map(t -> t.name()).findFirst()
                        .or(() -> model.counties().stream().filter(c -> c.code().equals(code)).map(c -> c.nameSv()).findFirst())
                        .orElse(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private void fill() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        var axis = new ColumnConstraints();
        axis.setMinWidth(90);
        grid.getColumnConstraints().add(axis);
        for (int i = 0; i < 5; i++) {
            var column = new ColumnConstraints();
            column.setPercentWidth(-1);
            column.setHgrow(Priority.ALWAYS);
            column.setMinWidth(110);
            column.setPrefWidth(160);
            grid.getColumnConstraints().add(column);
            var row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(90);
            grid.getRowConstraints().add(row);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int influence = 5; influence >= 1; influence--) {
            int row = 5 - influence;
            var label = new Label(influence + " – " + messages.get("ui.assessment.influence." + influence));
            label.getStyleClass().add("axis-label");
            label.setWrapText(true);
            grid.add(label, 0, row);
            for (int interest = 1; interest <= 5; interest++) {
                grid.add(cell(influence, interest), interest, row);
            }
        }
        for (int interest = 1; interest <= 5; interest++) {
            var label = new Label(interest + " – " + messages.get("ui.assessment.interest." + interest));
            label.getStyleClass().add("axis-label");
            label.setWrapText(true);
            GridPane.setHalignment(label, HPos.CENTER);
            grid.add(label, interest, 5);
        }
        var influenceTitle = new Label(messages.get("ui.assessment.field.influence") + " ↑");
        influenceTitle.getStyleClass().addAll("axis-label", "axis-title");
        var interestTitle = new Label(messages.get("ui.assessment.field.interest") + " →");
        interestTitle.getStyleClass().addAll("axis-label", "axis-title");
        grid.add(new VBox(4, influenceTitle, interestTitle), 0, 5);
        count.setText(messages.get("ui.stakeholders.count", model.shown().size()));
    }

    private Node cell(int influence, int interest) {
        StakeholderQuadrant quadrant = StakeholderQuadrant.of(influence, interest);
        var chips = new FlowPane(4, 4);
        List<StakeholderPosition> here = model.at(influence, interest);
        for (var p : here.subList(0, Math.min(PER_CELL, here.size()))) {
            chips.getChildren().add(chip(p));
        }
        if (here.size() > PER_CELL) {
            var more = new Label(messages.get("ui.stakeholders.more", here.size() - PER_CELL));
            more.getStyleClass().add("grid-more");
            more.setTooltip(new Tooltip(String.join("\n", here.subList(PER_CELL, here.size()).stream()
                    .map(StakeholderPosition::name).toList())));
            chips.getChildren().add(more);
        }
        var box = new VBox(4);
        box.setId("gridCell" + influence + interest);
        box.getStyleClass().addAll("grid-cell", "quadrant-" + quadrant.name());
        if (isCornerOf(quadrant, influence, interest)) {
            var name = new Label(messages.get("ui.stakeholders.quadrant." + quadrant.name()));
            name.getStyleClass().add("quadrant-name");
            box.getChildren().add(name);
        }
        box.getChildren().add(chips);
        return box;
    }

    /** The quadrant's name stands in its outermost cell, where it reads as the quadrant's label. */
    private static boolean isCornerOf(StakeholderQuadrant quadrant, int influence, int interest) {
        return switch (quadrant) {
            case MANAGE_CLOSELY -> influence == 5 && interest == 5;
            case KEEP_SATISFIED -> influence == 5 && interest == 1;
            case KEEP_INFORMED -> influence == 1 && interest == 5;
            case MONITOR -> influence == 1 && interest == 1;
        };
    }

    private Node chip(StakeholderPosition p) {
        var chip = new Button(p.name(), Icons.of(p.party().isPerson() ? Feather.USER : Feather.BRIEFCASE, 11));
        chip.getStyleClass().add("grid-chip");
        chip.setTooltip(new Tooltip(p.detail() == null ? p.name() : p.name() + " · " + p.detail()));
        chip.setOnAction(e -> open.accept(p.party()));
        return chip;
    }

    /** Shown in the window: reads the grid again (assessments may have changed). */
    public void shown() {
        model.load();
    }

    public Parent root() {
        return root;
    }
}
