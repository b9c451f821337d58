package se.samverkan.ui.goals;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FigureValue;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.ValueChange;
import se.samverkan.service.Messages;
import se.samverkan.service.goals.IndicatorHistory;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.NumberFields;

/**
 * Under the matrix: the chosen cell's figures (indicator, target, expected by now, outcome with women/men, status,
 * source and comment), "Sätt mål…", "Rapportera utfall…", "Kopiera förra periodens mål", and for the chosen figure
 * the chart of target against outcome over the periods with its trend, and every change of its values.
 */
final class GoalCellDetail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox root = new VBox(8);
    private final GoalsViewModel model;
    private final Messages messages;
    private final Label title = new Label();
    private final Label goalText = new Label();
    private final TableView<GoalFigure> table = new TableView<>();
    private final TableColumn<GoalFigure, String> branchColumn;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final Label trend = new Label();
    private final ListView<String> changes = new ListView<>();

    GoalCellDetail(GoalsViewModel model, Messages messages, GoalForms forms) {
        this.model = model;
        this.messages = messages;
        root.setId("goalDetail");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("goalDetailTitle");
        goalText.getStyleClass().add(Styles.TEXT_MUTED);
        goalText.setWrapText(true);

        table.setId("goalFigures");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("ui.goals.chooseCell")));
        branchColumn = column("ui.goals.branch", f -> branchName(f.branchId()));
        table.getColumns().add(branchColumn);
        var indicator = column("ui.goals.indicator", f -> f.indicator().name(messages.locale()));
        indicator.setPrefWidth(300);
        table.getColumns().add(indicator);
        table.getColumns().add(column("ui.goals.target", f -> f.target() == null ? "" : amount(f.target().value(), f)));
        table.getColumns().add(column("ui.goals.expected", f -> f.status().expected() == null || f.target() == null
                ? "" : amount(f.status().expected(), f)));
        table.getColumns().add(column("ui.goals.outcome", f -> outcome(f.outcome(), f)));
        TableColumn<GoalFigure, GoalFigure> status = new TableColumn<>(messages.get("ui.goals.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(GoalFigure f, boolean empty) {
                super.updateItem(f, empty);
                setGraphic(empty || f == null ? null : StatusBadge.of(f.status().level(),
                        messages.get("ui.goals.status." + f.status().level().name())
                                + (f.status().overridden() ? " *" : ""), messages));
            }
        });
        table.getColumns().add(status);
        table.getColumns().add(column("ui.goals.source", f -> messages.get("ui.goals.source." + f.indicator().source())));
        table.getColumns().add(column("ui.goals.comment", f -> f.report() == null ? "" : note(f)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.figure().set(now));

        var setTarget = new Button(messages.get("ui.goals.target.set"), Icons.of(Feather.FLAG));
        setTarget.setId("goalSetTarget");
        setTarget.setOnAction(e -> forms.target(new TargetFormModel(model, model.figure().get()), root));
        var report = new Button(messages.get("ui.goals.outcome.report"), Icons.of(Feather.EDIT_3));
        report.setId("goalReportOutcome");
        report.setOnAction(e -> forms.outcome(new OutcomeFormModel(model, model.figure().get()), root));
        for (Button b : new Button[] {setTarget, report}) {
            b.disableProperty().bind(model.figure().isNull());
        }
        var copy = new Button(messages.get("ui.goals.copy"), Icons.of(Feather.COPY));
        copy.setId("goalCopyTargets");
        copy.disableProperty().bind(Bindings.createBooleanBinding(() -> model.cell().get() == null
                || model.cell().get().branchId() == null, model.cell()));
        copy.setOnAction(e -> {
            long branch = model.cell().get().branchId();
            var from = model.period().get().previous();
            model.copyTargets(branch, n -> model.notice(messages.get("ui.goals.copy.done", n, from)));
        });
        var note = new Button(messages.get("ui.goals.localNote.edit"), Icons.of(Feather.FILE_TEXT));
        note.setId("goalLocalNote");
        note.disableProperty().bind(model.cell().isNull());
        note.setOnAction(e -> editLocalNote());
        var addIndicator = new Button(messages.get("ui.goals.indicator.new"), Icons.of(Feather.PLUS));
        addIndicator.setId("goalIndicatorNew");
        addIndicator.disableProperty().bind(model.cell().isNull());
        addIndicator.setOnAction(e -> forms.indicator(new IndicatorFormModel(model, model.cell().get().goalId(), null),
                root));
        var editIndicator = new Button(messages.get("ui.goals.indicator.edit"), Icons.of(Feather.EDIT_2));
        editIndicator.setId("goalIndicatorEdit");
        editIndicator.disableProperty().bind(model.figure().isNull());
        editIndicator.setOnAction(e -> forms.indicator(new IndicatorFormModel(model,
                model.figure().get().indicator().operationalGoalId(), model.figure().get().indicator()), root));
        var hideIndicator = new Button(messages.get("ui.goals.indicator.hide"), Icons.of(Feather.EYE_OFF));
        hideIndicator.setId("goalIndicatorHide");
        hideIndicator.disableProperty().bind(model.figure().isNull());
        hideIndicator.setOnAction(e -> confirmHide());
        // the title can be long (branch · goal · period): it gets its own line, the buttons keep their text
        title.setWrapText(true);
        var actions = new javafx.scene.layout.FlowPane(8, 6, setTarget, report, copy, note, addIndicator, editIndicator,
                hideIndicator);
        var bar = new VBox(6, title, actions);

        chart.setId("goalChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(230);
        chart.setMaxHeight(260);
        chart.setMinHeight(160);
        chart.setLegendVisible(true);
        trend.setId("goalTrend");
        changes.setId("goalChanges");
        changes.setPrefHeight(200);
        changes.setPlaceholder(new Label(messages.get("ui.goals.changes.none")));
        var history = new VBox(4, sectionTitle("ui.goals.changes"), changes);
        HBox.setHgrow(chart, Priority.ALWAYS);
        history.setPrefWidth(360);
        var lower = new HBox(12, new VBox(4, trend, chart), history);
        HBox.setHgrow(lower.getChildren().get(0), Priority.ALWAYS);
        lower.visibleProperty().bind(model.figure().isNotNull());
        lower.managedProperty().bind(lower.visibleProperty());
        // room for the indicators of one goal (at most three) or a goal's branches, scrolled below
        table.setPrefHeight(170);
        table.setMinHeight(120);
        root.getChildren().addAll(bar, goalText, table, lower);

        model.cell().addListener((obs, was, now) -> showCell());
        model.dashboard().addListener((obs, was, now) -> showCell());
        model.history().addListener((obs, was, now) -> showHistory(now));
    }

    VBox root() {
        return root;
    }

    private void confirmHide() {
        var indicator = model.figure().get().indicator();
        var hide = new javafx.scene.control.ButtonType(messages.get("ui.goals.indicator.hide"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                messages.get("ui.goals.indicator.hide.confirm", indicator.name(messages.locale())), hide,
                new javafx.scene.control.ButtonType(messages.get("ui.form.cancel"),
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.getDialogPane().setId("goalIndicatorHideConfirm");
        alert.showAndWait().filter(b -> b == hide).ifPresent(b -> model.deactivate(indicator));
    }

    /** The operational goal's local wording: a note beside the seed text, which itself never changes. */
    private void editLocalNote() {
        GoalDashboard d = model.dashboard().get();
        int goalId = model.cell().get().goalId();
        OperationalGoal goal = d.goals().stream().filter(g -> g.id() == goalId).findFirst().orElseThrow();
        var dialog = new javafx.scene.control.Dialog<String>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("ui.goals.localNote.edit"));
        dialog.getDialogPane().setId("goalLocalNoteDialog");
        var seed = new Label(goal.id() + " " + goal.name() + "\n" + goal.text());
        seed.setWrapText(true);
        seed.setMaxWidth(460);
        seed.getStyleClass().add(Styles.TEXT_MUTED);
        var text = new javafx.scene.control.TextArea(goal.localNote() == null ? "" : goal.localNote());
        text.setId("goalLocalNoteText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        dialog.getDialogPane().setContent(new VBox(8, seed, new Label(messages.get("ui.goals.localNote.label")), text));
        var save = new javafx.scene.control.ButtonType(messages.get("ui.goals.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new javafx.scene.control.ButtonType(
                messages.get("ui.form.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == save ? text.getText() : null);
        dialog.showAndWait().ifPresent(n -> model.saveLocalNote(goalId, n));
    }

    private Label sectionTitle(String key) {
        var label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private TableColumn<GoalFigure, String> column(String key, Function<GoalFigure, String> value) {
        var column = new TableColumn<GoalFigure, String>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private void showCell() {
        GoalDashboard d = model.dashboard().get();
        GoalsViewModel.Cell cell = model.cell().get();
        if (d == null || cell == null) {
            table.getItems().clear();
            title.setText(messages.get("ui.goals.chooseCell"));
            goalText.setText("");
            return;
        }
        OperationalGoal goal = d.goals().stream().filter(g -> g.id() == cell.goalId()).findFirst().orElseThrow();
        String who = cell.branchId() == null ? messages.get("ui.goals.area") : branchName(cell.branchId());
        title.setText(who + " · " + goal.id() + " " + goal.name() + " · " + d.period());
        goalText.setText(goal.localNote() == null ? goal.text() : goal.text() + "\n" + messages.get("ui.goals.localNote",
                goal.localNote()));
        List<GoalFigure> figures = cell.branchId() == null
                ? d.figures().stream().filter(f -> f.indicator().operationalGoalId() == goal.id()).toList()
                : d.figures(cell.branchId(), goal.id());
        GoalFigure chosen = model.figure().get();
        table.getItems().setAll(figures);
        branchColumn.setVisible(cell.branchId() == null);
        if (chosen != null) {
            figures.stream().filter(f -> f.branchId() == chosen.branchId() && f.indicator().id() == chosen.indicator().id())
                    .findFirst().ifPresent(f -> table.getSelectionModel().select(f));
        }
    }

    private void showHistory(IndicatorHistory h) {
        chart.getData().clear();
        changes.getItems().clear();
        trend.setText("");
        if (h == null) {
            return;
        }
        var targets = new XYChart.Series<String, Number>();
        targets.setName(messages.get("ui.goals.target"));
        var outcomes = new XYChart.Series<String, Number>();
        outcomes.setName(messages.get("ui.goals.outcome"));
        var women = new XYChart.Series<String, Number>();
        women.setName(messages.get("ui.goals.women"));
        var men = new XYChart.Series<String, Number>();
        men.setName(messages.get("ui.goals.men"));
        for (GoalFigure f : h.periods()) {
            String p = f.period().toString();
            if (f.target() != null) {
                targets.getData().add(new XYChart.Data<>(p, f.target().value()));
            }
            if (f.outcome() != null) {
                outcomes.getData().add(new XYChart.Data<>(p, f.outcome().total()));
                if (f.outcome().women() != null) {
                    women.getData().add(new XYChart.Data<>(p, f.outcome().women()));
                }
                if (f.outcome().men() != null) {
                    men.getData().add(new XYChart.Data<>(p, f.outcome().men()));
                }
            }
        }
        chart.getData().add(targets);
        chart.getData().add(outcomes);
        if (!women.getData().isEmpty()) {
            chart.getData().add(women);
            chart.getData().add(men);
        }
        trend.setText(messages.get("ui.goals.trend." + (h.trend() > 0 ? "up" : h.trend() < 0 ? "down" : "flat")));
        for (ValueChange c : h.changes()) {
            changes.getItems().add(messages.get("ui.goals.change", WHEN.format(c.changedAt()),
                    messages.get("ui.goals.change." + c.kind()), c.period(), NumberFields.format(c.oldValue()).isEmpty()
                            ? "–" : NumberFields.format(c.oldValue()),
                    NumberFields.format(c.newValue()).isEmpty() ? "–" : NumberFields.format(c.newValue()),
                    c.changedBy()));
        }
    }

    private String branchName(long id) {
        GoalDashboard d = model.dashboard().get();
        return d == null ? "" : d.branches().stream().filter(b -> b.id() == id).map(Branch::name).findFirst().orElse("");
    }

    private String amount(BigDecimal value, GoalFigure f) {
        return new se.samverkan.service.goals.FigureFormat(messages).amount(value, f.indicator());
    }

    private String outcome(FigureValue v, GoalFigure f) {
        if (v == null) {
            return messages.get("ui.goals.notReported");
        }
        String total = amount(v.total(), f);
        return v.women() == null && v.men() == null ? total
                : messages.get("ui.goals.split", total, NumberFields.format(v.women()), NumberFields.format(v.men()));
    }

    private String note(GoalFigure f) {
        String comment = f.report().comment() == null ? "" : f.report().comment();
        if (f.status().overridden()) {
            String why = messages.get("ui.goals.overridden", f.status().reason());
            return comment.isEmpty() ? why : comment + " · " + why;
        }
        return comment;
    }
}
