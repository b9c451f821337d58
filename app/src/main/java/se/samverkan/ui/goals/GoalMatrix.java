package se.samverkan.ui.goals;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import se.samverkan.domain.Branch;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.ProjectGoal;
import se.samverkan.domain.StatusLevel;
import se.samverkan.service.Messages;

/**
 * The dashboard's matrix: a row per branch and one for the whole NUTS area; a column per operational goal grouped
 * under its project goal, the project goal's roll-up after its group, and the branch's total last. A click on a goal
 * cell chooses it. Cell ids: {@code goalCell_<branch>_<goal>}, {@code goalCell_area_<goal>}.
 */
final class GoalMatrix {

    private final GridPane grid = new GridPane();
    private final GoalsViewModel model;
    private final Messages messages;

    GoalMatrix(GoalsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        grid.setId("goalMatrix");
        grid.setHgap(4);
        grid.setVgap(4);
        grid.getStyleClass().add("goal-matrix");
        model.dashboard().addListener((obs, was, now) -> show(now));
        model.cell().addListener((obs, was, now) -> mark());
    }

    GridPane root() {
        return grid;
    }

    private void show(GoalDashboard d) {
        grid.getChildren().clear();
        if (d == null) {
            return;
        }
        int col = 1;
        grid.add(header(messages.get("ui.goals.branch"), null), 0, 1);
        for (ProjectGoal project : d.projectGoals()) {
            List<OperationalGoal> under = d.goals().stream().filter(g -> g.projectGoalId() == project.id()).toList();
            var projectHeader = header(project.id() + " " + project.name(), project.text());
            projectHeader.getStyleClass().add("goal-project-header");
            grid.add(projectHeader, col, 0, under.size() + 1, 1);
            for (OperationalGoal goal : under) {
                grid.add(header(goal.id() + " " + goal.name(), goal.text()), col, 1);
                int row = 2;
                for (Branch b : d.branches()) {
                    grid.add(cell(d.status(GoalDashboard.cellKey(b.id(), goal.id())), "goalCell_" + b.id() + "_" + goal.id(),
                            new GoalsViewModel.Cell(b.id(), goal.id())), col, row++);
                }
                grid.add(cell(d.status(GoalDashboard.areaKey(goal.id())), "goalCell_area_" + goal.id(),
                        new GoalsViewModel.Cell(null, goal.id())), col, row);
                col++;
            }
            grid.add(header(messages.get("ui.goals.projectGoal.short", project.id()), project.name()), col, 1);
            int row = 2;
            for (Branch b : d.branches()) {
                grid.add(rollUp(d.status(GoalDashboard.projectKey(b.id(), project.id()))), col, row++);
            }
            grid.add(rollUp(d.status(GoalDashboard.areaProjectKey(project.id()))), col, row);
            col++;
        }
        grid.add(header(messages.get("ui.goals.total"), null), col, 1);
        int row = 2;
        for (Branch b : d.branches()) {
            var name = new Label(b.name());
            name.getStyleClass().add("goal-branch");
            grid.add(name, 0, row);
            grid.add(rollUp(d.status(GoalDashboard.branchKey(b.id()))), col, row++);
        }
        var area = new Label(messages.get("ui.goals.area"));
        area.getStyleClass().addAll("goal-branch", "goal-area");
        grid.add(area, 0, row);
        grid.add(rollUp(d.status(GoalDashboard.AREA_TOTAL_KEY)), col, row);
        mark();
    }

    private Label header(String text, String tooltip) {
        var label = new Label(text);
        label.getStyleClass().add("goal-header");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        if (tooltip != null) {
            var tip = new Tooltip(tooltip);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            label.setTooltip(tip);
        }
        return label;
    }

    private Label cell(StatusLevel level, String id, GoalsViewModel.Cell cell) {
        var label = StatusBadge.of(level, null, messages);
        label.setId(id);
        label.getStyleClass().add("goal-cell");
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setUserData(cell);
        label.setOnMouseClicked(e -> model.cell().set(cell));
        return label;
    }

    private Label rollUp(StatusLevel level) {
        var label = StatusBadge.of(level, null, messages);
        label.getStyleClass().addAll("goal-cell", "goal-rollup");
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** Outlines the chosen cell. */
    private void mark() {
        var chosen = model.cell().get();
        for (var node : grid.getChildren()) {
            node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"),
                    chosen != null && chosen.equals(node.getUserData()));
        }
    }
}
