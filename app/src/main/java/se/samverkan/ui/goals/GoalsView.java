package se.samverkan.ui.goals;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.Period;
import se.samverkan.domain.PeriodKind;
import se.samverkan.domain.StatusLevel;
import se.samverkan.service.Messages;
import se.samverkan.service.goals.FollowUpSettings;
import se.samverkan.service.goals.Thresholds;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.NumberFields;

/**
 * The Verksamhetsmål area: the period, the matrix of branches × operational goals with roll-ups per project goal and
 * for the whole NUTS area, and under it the chosen cell's figures with their chart and history.
 */
public final class GoalsView {

    private final VBox root = new VBox(10);
    private final GoalsViewModel model;
    private final Messages messages;
    private final Button report;
    private final Button template;

    /** Writes the branch spreadsheet of a branch (database id) and period to a file; off the FX thread. */
    @FunctionalInterface
    public interface TemplateWriter {
        void write(long branchId, Period period, java.nio.file.Path file) throws Exception;
    }

    public GoalsView(GoalsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("goalsView");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(16, 24, 12, 24));
        root.getStylesheets().add(GoalsView.class.getResource("goals.css").toExternalForm());

        var heading = new Label(messages.get("ui.goals.heading"));
        heading.getStyleClass().add(Styles.TITLE_3);
        var period = new ComboBox<>(model.periods());
        period.setId("goalPeriod");
        period.valueProperty().bindBidirectional(model.period());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : describe(p);
            }

            @Override
            public Period fromString(String s) {
                return null;
            }
        });
        var settings = new Button(messages.get("ui.goals.settings"), Icons.of(Feather.SLIDERS));
        settings.setId("goalSettings");
        settings.setOnAction(e -> settingsDialog());
        report = new Button(messages.get("ui.reports.open.action"), Icons.of(Feather.FILE_TEXT));
        report.setId("goalReport");
        report.setVisible(false);
        report.managedProperty().bind(report.visibleProperty());
        template = new Button(messages.get("ui.goals.template"), Icons.of(Feather.DOWNLOAD));
        template.setId("goalTemplate");
        template.setVisible(false);
        template.managedProperty().bind(template.visibleProperty());
        template.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.cell().get() == null || model.cell().get().branchId() == null, model.cell()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var busy = new javafx.scene.control.ProgressIndicator();
        busy.setId("goalLoading");
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.loading());
        var bar = new HBox(10, heading, new Label(messages.get("ui.goals.period")), period, busy, spacer, template, report, settings);
        bar.setAlignment(Pos.CENTER_LEFT);

        var legend = new FlowPane(14, 6);
        for (StatusLevel level : StatusLevel.values()) {
            legend.getChildren().add(StatusBadge.of(level, messages.get("ui.goals.status." + level.name()), messages));
        }
        legend.getChildren().add(new Label(messages.get("ui.goals.legend")));
        var notice = new Label();
        notice.setId("goalNotice");
        notice.textProperty().bind(model.notice());
        notice.getStyleClass().add(Styles.SUCCESS);
        var error = new Label();
        error.setId("goalError");
        error.textProperty().bind(model.error());
        error.getStyleClass().add(Styles.DANGER);
        for (Label l : new Label[] {notice, error}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }

        var matrix = new ScrollPane(new GoalMatrix(model, messages).root());
        matrix.setFitToWidth(true);
        var detail = new ScrollPane(new GoalCellDetail(model, messages, new GoalForms(messages)).root());
        detail.setFitToWidth(true);
        var split = new SplitPane(matrix, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(bar, legend, notice, error, split);
    }

    /** Shows "Skriv rapport…", which runs {@code action} (the window opens the report dialog). */
    public void reportAction(Runnable action) {
        report.setOnAction(e -> action.run());
        report.setVisible(true);
    }

    /**
     * Shows "Mall för avdelningen…": the branch spreadsheet of the chosen cell's branch for the shown period, written
     * by {@code writer} in the background to a file the user picks.
     */
    public void templateAction(TemplateWriter writer) {
        template.setOnAction(e -> writeTemplate(writer));
        template.setVisible(true);
    }

    private void writeTemplate(TemplateWriter writer) {
        GoalsViewModel.Cell cell = model.cell().get();
        Period shown = model.period().get();
        var dashboard = model.dashboard().get();
        if (cell == null || cell.branchId() == null || shown == null || dashboard == null) {
            return;
        }
        var branch = dashboard.branches().stream().filter(b -> b.id() == cell.branchId()).findFirst().orElse(null);
        if (branch == null) {
            return;
        }
        var file = se.samverkan.ui.common.SaveDialogs.copy(root.getScene().getWindow(),
                messages.get("ui.goals.template.title", branch.name()),
                "uppfoljning-" + branch.number() + "-" + shown + ".xlsx", messages.get("ui.goals.template.type"));
        if (file == null) {
            return;
        }
        model.tasks().run(() -> {
            writer.write(branch.id(), shown, file);
            return file;
        }).onSuccess(f -> model.notice(messages.get("ui.goals.template.done", branch.name(), shown.toString(),
                f.toAbsolutePath().toString()))).onError(model::fail).start();
    }

    /** "2026 första halvåret" beside the short form, so the choice reads in words. */
    private String describe(Period p) {
        return new se.samverkan.service.goals.FigureFormat(messages).describe(p);
    }

    private void settingsDialog() {
        FollowUpSettings current = model.settings();
        var dialog = new Dialog<FollowUpSettings>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("ui.goals.settings"));
        dialog.getDialogPane().setId("goalSettingsDialog");
        var kind = new ComboBox<PeriodKind>();
        kind.setId("goalSettingsKind");
        kind.getItems().setAll(Arrays.asList(PeriodKind.values()));
        kind.setValue(current.periodKind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(PeriodKind k) {
                return k == null ? "" : messages.get("ui.goals.periodKind." + k.name());
            }

            @Override
            public PeriodKind fromString(String s) {
                return null;
            }
        });
        var onTrack = new TextField(percent(current.thresholds().onTrack()));
        onTrack.setId("goalSettingsOnTrack");
        var atRisk = new TextField(percent(current.thresholds().atRisk()));
        atRisk.setId("goalSettingsAtRisk");
        var problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("ui.goals.settings.kind")), kind);
        grid.addRow(1, new Label(messages.get("ui.goals.settings.onTrack")), onTrack);
        grid.addRow(2, new Label(messages.get("ui.goals.settings.atRisk")), atRisk);
        grid.add(problem, 1, 3);
        var help = new Label(messages.get("ui.goals.settings.help"));
        help.setWrapText(true);
        help.setMaxWidth(420);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        dialog.getDialogPane().setContent(new VBox(10, help, grid));
        var save = new ButtonType(messages.get("ui.goals.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(messages.get("ui.form.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        // Checked before the dialog closes: wrong thresholds keep it open with the reason.
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (read(kind.getValue(), onTrack.getText(), atRisk.getText()) == null) {
                problem.setText(messages.get("ui.goals.settings.invalid"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == save ? read(kind.getValue(), onTrack.getText(), atRisk.getText()) : null);
        dialog.showAndWait().ifPresent(model::saveSettings);
    }

    private static FollowUpSettings read(PeriodKind kind, String onTrack, String atRisk) {
        var on = NumberFields.parse(onTrack.replace("%", ""));
        var at = NumberFields.parse(atRisk.replace("%", ""));
        if (kind == null || on == null || at == null) {
            return null;
        }
        try {
            return new FollowUpSettings(kind, new Thresholds(on.doubleValue() / 100, at.doubleValue() / 100));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String percent(double share) {
        return Long.toString(Math.round(share * 100));
    }

    public Parent root() {
        return root;
    }

    /** Shows the area: the periods and the chosen period's dashboard are read again. */
    public void shown() {
        model.load();
    }
}
