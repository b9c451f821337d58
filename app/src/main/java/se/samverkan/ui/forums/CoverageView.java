package se.samverkan.ui.forums;

import atlantafx.base.theme.Styles;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.samverkan.domain.CoverageMatrix;
import se.samverkan.domain.ForumType;
import se.samverkan.service.Messages;

/**
 * "Täckning": counties or branches × forum types. A cell shows the number of current IF Metall seats, coloured by
 * it; a type with forums but no union seat is a gap (red), no forum at all a dash. A click lists those forums.
 */
final class CoverageView {

    private static final int MANY = 3;
    private final VBox root = new VBox(10);
    private final GridPane grid = new GridPane();
    private final Messages messages;
    private final ForumsViewModel model;
    private final BiConsumer<String, String> showCell;

    /** {@code showCell} gets the forum type and the county (null for a branch row) of a clicked cell. */
    CoverageView(ForumsViewModel model, Messages messages, BiConsumer<String, String> showCell) {
        this.model = model;
        this.messages = messages;
        this.showCell = showCell;
        root.setId("forumsCoverage");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(16, 24, 12, 24));
        var counties = new ToggleButton(messages.get("ui.forums.coverage.byCounty"));
        counties.setId("coverageByCounty");
        var branches = new ToggleButton(messages.get("ui.forums.coverage.byBranch"));
        branches.setId("coverageByBranch");
        var group = new ToggleGroup();
        counties.setToggleGroup(group);
        branches.setToggleGroup(group);
        counties.getStyleClass().add(Styles.LEFT_PILL);
        branches.getStyleClass().add(Styles.RIGHT_PILL);
        counties.setSelected(true);
        branches.selectedProperty().bindBidirectional(model.byBranchProperty());
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        // Reload on the model's value, not the toggle group's: the group changes before the binding has copied it.
        model.byBranchProperty().addListener((obs, was, now) -> model.loadCoverage());
        var heading = new Label(messages.get("ui.forums.tab.coverage"));
        heading.getStyleClass().add(Styles.TITLE_3);
        var help = new Label(messages.get("ui.forums.coverage.help"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        var legend = new javafx.scene.layout.FlowPane(14, 6, legend("coverage-none", "–", "ui.forums.coverage.noForum"),
                legend("coverage-gap", "0", "ui.forums.coverage.gap"),
                legend("coverage-some", "1", "ui.forums.coverage.some"),
                legend("coverage-many", MANY + "+", "ui.forums.coverage.many"));
        grid.setId("coverageGrid");
        grid.setHgap(4);
        grid.setVgap(4);
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(heading, new HBox(0, counties, branches), help, legend, scroll);
        model.matrixProperty().addListener((obs, was, now) -> show(now));
    }

    private HBox legend(String styleClass, String text, String key) {
        var swatch = new Label(text);
        swatch.getStyleClass().addAll("coverage-cell", "coverage-swatch", styleClass);
        var box = new HBox(6, swatch, new Label(messages.get(key)));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void show(CoverageMatrix matrix) {
        grid.getChildren().clear();
        if (matrix == null) {
            return;
        }
        int col = 1;
        for (ForumType type : matrix.types()) {
            var header = new Label(type.name() + (type.keyForum() ? " ★" : ""));
            header.getStyleClass().add("coverage-header");
            header.setWrapText(true);
            header.setPrefWidth(124);
            if (type.keyForum()) {
                header.setTooltip(new Tooltip(messages.get("ui.forums.coverage.key")));
            }
            grid.add(header, col++, 0);
        }
        int row = 1;
        for (CoverageMatrix.Row r : matrix.rows()) {
            var label = new Label(r.label());
            label.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(label, 0, row);
            col = 1;
            for (CoverageMatrix.Cell cell : r.cells()) {
                grid.add(cell(r, cell), col++, row);
            }
            row++;
        }
    }

    private Label cell(CoverageMatrix.Row row, CoverageMatrix.Cell cell) {
        var label = new Label(switch (cell.state()) {
            case NO_FORUM -> "–";
            case GAP -> "0";
            case COVERED -> String.valueOf(cell.unionSeats());
        });
        label.setId("coverage_" + row.key() + "_" + cell.forumType());
        label.getStyleClass().addAll("coverage-cell", switch (cell.state()) {
            case NO_FORUM -> "coverage-none";
            case GAP -> "coverage-gap";
            case COVERED -> cell.unionSeats() >= MANY ? "coverage-many" : "coverage-some";
        });
        label.setTooltip(new Tooltip(messages.get("ui.forums.coverage.cell", cell.forumIds().size(),
                cell.unionSeats())));
        if (!cell.forumIds().isEmpty()) {
            label.setOnMouseClicked(e -> showCell.accept(cell.forumType(), model.byBranchProperty().get() ? null
                    : row.key()));
            label.setCursor(javafx.scene.Cursor.HAND);
        }
        return label;
    }

    Parent root() {
        return root;
    }
}
