package se.samverkan.ui.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
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

    /** Names per cell before "+N till"; the whole cell is listed beside the grid when it is clicked. */
    static final int PER_CELL = 3;
    private static final String ALL = "";

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
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var error = new Label();
        error.getStyleClass().add("inline-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        var types = filter("gridActorType", "ui.stakeholders.filter.allTypes", model.actorTypeProperty());
        model.actorTypes().addListener((ListChangeListener<se.samverkan.domain.ActorType>) c -> {
            List<String> codes = new ArrayList<>();
            codes.add(ALL);
            model.actorTypes().forEach(t -> codes.add(t.code()));
            types.getItems().setAll(codes);
            types.setValue(model.actorTypeProperty().get() == null ? ALL : model.actorTypeProperty().get());
        });
        var counties = filter("gridCounty", "ui.stakeholders.filter.allCounties", model.countyProperty());
        model.counties().addListener((ListChangeListener<se.samverkan.domain.County>) c -> {
            List<String> codes = new ArrayList<>();
            codes.add(ALL);
            model.counties().forEach(t -> codes.add(t.code()));
            counties.getItems().setAll(codes);
            counties.setValue(model.countyProperty().get() == null ? ALL : model.countyProperty().get());
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

    /** A filter choice: "" stands for every value (a ComboBox shows no text for a null item). */
    private ComboBox<String> filter(String id, String allKey, javafx.beans.property.ObjectProperty<String> value) {
        var box = new ComboBox<String>();
        box.setId(id);
        box.getItems().add(ALL);
        box.setValue(ALL);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null || code.equals(ALL)) {
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
        box.valueProperty().addListener((obs, was, now) -> value.set(now == null || now.equals(ALL) ? null : now));
        return box;
    }

    private void fill() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        var axis = new ColumnConstraints();
        axis.setPercentWidth(15);
        grid.getColumnConstraints().add(axis);
        for (int i = 0; i < 5; i++) {
            var column = new ColumnConstraints();
            column.setPercentWidth(17);
            column.setMinWidth(0);
            grid.getColumnConstraints().add(column);
            var row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(96);
            row.setPrefHeight(120);
            grid.getRowConstraints().add(row);
        }
        var bottom = new RowConstraints();
        bottom.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getRowConstraints().add(bottom);
        for (int influence = 5; influence >= 1; influence--) {
            int row = 5 - influence;
            grid.add(axisLabel(influence + " – " + messages.get("ui.assessment.influence." + influence)), 0, row);
            for (int interest = 1; interest <= 5; interest++) {
                grid.add(cell(influence, interest), interest, row);
            }
        }
        for (int interest = 1; interest <= 5; interest++) {
            var label = axisLabel(interest + " – " + messages.get("ui.assessment.interest." + interest));
            label.setAlignment(Pos.TOP_CENTER);
            label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            GridPane.setHalignment(label, HPos.CENTER);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            grid.add(label, interest, 5);
        }
        var influenceTitle = new Label(messages.get("ui.assessment.field.influence") + " ↑");
        influenceTitle.getStyleClass().addAll("axis-label", "axis-title");
        var interestTitle = new Label(messages.get("ui.assessment.field.interest") + " →");
        interestTitle.getStyleClass().addAll("axis-label", "axis-title");
        grid.add(new VBox(2, influenceTitle, interestTitle), 0, 5);
        count.setText(messages.get("ui.stakeholders.count", model.shown().size()));
    }

    private static Label axisLabel(String text) {
        var label = new Label(text);
        label.getStyleClass().add("axis-label");
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setPadding(new javafx.geometry.Insets(4, 8, 4, 0));
        return label;
    }

    private Node cell(int influence, int interest) {
        StakeholderQuadrant quadrant = StakeholderQuadrant.of(influence, interest);
        List<StakeholderPosition> here = model.at(influence, interest);
        var box = new VBox(2);
        box.setId("gridCell" + influence + interest);
        box.getStyleClass().addAll("grid-cell", "quadrant-" + quadrant.name());
        box.setMinSize(0, 0);
        var clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        var header = new HBox(4);
        header.setAlignment(Pos.CENTER_LEFT);
        if (isCornerOf(quadrant, influence, interest)) {
            var name = new Label(messages.get("ui.stakeholders.quadrant." + quadrant.name()));
            name.getStyleClass().add("quadrant-name");
            name.setMinWidth(0);
            header.getChildren().add(name);
        }
        var spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().add(spacer);
        if (!here.isEmpty()) {
            var badge = new Label(String.valueOf(here.size()));
            badge.getStyleClass().add("section-count");
            header.getChildren().add(badge);
        }
        box.getChildren().add(header);
        for (var p : here.subList(0, Math.min(PER_CELL, here.size()))) {
            box.getChildren().add(chip(p));
        }
        if (here.size() > PER_CELL) {
            var more = new javafx.scene.control.Hyperlink(messages.get("ui.stakeholders.more", here.size() - PER_CELL));
            more.getStyleClass().add("grid-more");
            var all = new javafx.scene.control.ContextMenu();
            here.forEach(p -> {
                var item = new javafx.scene.control.MenuItem(p.detail() == null ? p.name() : p.name() + " · " + p.detail());
                item.setOnAction(e -> open.accept(p.party()));
                all.getItems().add(item);
            });
            more.setOnAction(e -> all.show(more, javafx.geometry.Side.BOTTOM, 0, 0));
            box.getChildren().add(more);
        }
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
        var chip = new javafx.scene.control.Hyperlink(p.name(),
                Icons.of(p.party().isPerson() ? Feather.USER : Feather.BRIEFCASE, 11));
        chip.getStyleClass().add("grid-chip");
        chip.setMinWidth(0);
        chip.setMaxWidth(Double.MAX_VALUE);
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
