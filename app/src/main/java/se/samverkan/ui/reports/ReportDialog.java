package se.samverkan.ui.reports;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.service.goals.FigureFormat;
import se.samverkan.service.reports.BoardReport;
import se.samverkan.service.reports.ReportKind;
import se.samverkan.ui.common.Alerts;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.FormGrid;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.OpenFile;
import se.samverkan.ui.common.SaveDialogs;
import se.samverkan.ui.common.SensitiveTag;

/**
 * "Skriv rapport…": the report, its branch and period, the parts to include, the author on the cover and the file;
 * a progress bar with Avbryt while it is written, and the file opened when done if the user wants. The dialog
 * remembers the last choices (except the sensitive box, which each report opts into anew).
 */
public final class ReportDialog {

    private final ReportDialogModel model;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Stage stage = new Stage();
    private final Runnable written;

    /** @param written runs after a report was written (the archive list reloads) */
    public ReportDialog(ReportDialogModel model, Messages messages, Window owner, Runnable written) {
        this.model = model;
        this.written = written;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("ui.reports.title"));
        stage.setScene(new Scene(content()));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // closing while writing cancels, like Avbryt
        stage.setOnCloseRequest(e -> model.cancel());
    }

    /** Loads the choices and shows the dialog. */
    public void show() {
        model.load(stage::show);
    }

    public Stage stage() {
        return stage;
    }

    private VBox content() {
        var kind = new ComboBox<>(FXCollections.observableArrayList(ReportKind.values()));
        kind.setId("reportKind");
        kind.setConverter(converter(k -> messages.get("ui.reports.kind." + k.name())));
        kind.valueProperty().bindBidirectional(model.kind());

        var branch = new ComboBox<>(model.branches());
        branch.setId("reportBranch");
        branch.setConverter(converter(b -> b.number() + " " + b.name()));
        branch.valueProperty().bindBidirectional(model.branch());
        branch.disableProperty().bind(model.kind().isNotEqualTo(ReportKind.BOARD));

        var period = new ComboBox<>(model.periods());
        period.setId("reportPeriod");
        var format = new FigureFormat(messages);
        period.setConverter(converter(format::describe));
        period.valueProperty().bindBidirectional(model.period());

        var parts = new FlowPane(14, 6);
        for (BoardReport.Section s : BoardReport.Section.values()) {
            var box = new CheckBox(messages.get("ui.reports.section." + s.name()));
            box.setId("reportSection" + s.name());
            box.selectedProperty().bindBidirectional(model.section(s));
            parts.getChildren().add(box);
        }
        parts.disableProperty().bind(model.kind().isNotEqualTo(ReportKind.BOARD));
        var sensitive = new CheckBox(messages.get("ui.reports.sensitive"));
        sensitive.setId("reportSensitive");
        sensitive.selectedProperty().bindBidirectional(model.sensitive());
        var sensitiveRow = new HBox(8, sensitive, SensitiveTag.create(messages));
        sensitiveRow.setAlignment(Pos.CENTER_LEFT);
        sensitiveRow.disableProperty().bind(model.kind().isNotEqualTo(ReportKind.BOARD));

        var author = new TextField();
        author.setId("reportAuthor");
        author.textProperty().bindBidirectional(model.author());

        var file = new TextField();
        file.setId("reportFile");
        file.setEditable(false);
        file.setPrefColumnCount(28);
        model.file().addListener((obs, was, now) -> file.setText(now == null ? "" : now.toString()));
        var choose = new Button(messages.get("ui.reports.choose"), Icons.of(Feather.FOLDER));
        choose.setId("reportChoose");
        choose.setOnAction(e -> chooseFile());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(file, Priority.ALWAYS);
        var fileRow = new HBox(6, file, choose);
        var open = new CheckBox(messages.get("ui.reports.open"));
        open.setId("reportOpen");
        open.selectedProperty().bindBidirectional(model.openWhenDone());

        var grid = new FormGrid("report", FXCollections.observableHashMap(), messages)
                .add("kind", "ui.reports.kind", kind)
                .add("branch", "ui.reports.branch", branch)
                .add("period", "ui.reports.period", period)
                .add("sections", "ui.reports.sections", parts)
                .note(sensitiveRow)
                .add("author", "ui.reports.author", author)
                .add("file", "ui.reports.file", fileRow)
                .note(open);

        var problem = new Label();
        problem.setId("reportProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        model.problem().addListener((obs, was, now) -> problem.setText(now == null ? "" : messages.get(now)));

        var bar = new ProgressBar();
        bar.setId("reportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress());
        bar.visibleProperty().bind(model.running());
        bar.managedProperty().bind(model.running());

        var write = new Button(messages.get("ui.reports.write"), Icons.of(Feather.FILE_TEXT));
        write.setId("reportWrite");
        write.setDefaultButton(true);
        write.disableProperty().bind(model.running());
        write.setOnAction(e -> model.write(this::written, this::failed, () -> { }));
        var cancel = new Button(messages.get("ui.progress.cancel"));
        cancel.setId("reportCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (model.running().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var buttons = new HBox(8, spacer, cancel, write);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        var box = new VBox(10, grid.root(), problem, bar, buttons);
        box.setPadding(new Insets(8, 16, 14, 16));
        box.setPrefWidth(620);
        box.setId("reportDialog");
        return box;
    }

    private void chooseFile() {
        String kindLabel = messages.get("ui.reports.fileKind." + model.kind().get().name());
        Path chosen = SaveDialogs.report(stage, messages.get("ui.reports.title"),
                model.suggestedFileName(kindLabel), messages.get("ui.report.pdf"), messages.get("ui.report.excel"),
                model.folder());
        if (chosen != null) {
            model.file().set(chosen);
            model.problem().set(null);
        }
    }

    private void written(Path file) {
        stage.close();
        written.run();
        if (model.openWhenDone().get()) {
            OpenFile.open(file);
        }
        Alerts.inform(stage.getOwner(), messages, "reportDone", messages.get("ui.reports.done", file.toString()));
    }

    private void failed(Throwable e) {
        if (e instanceof CancellationException) {
            return;
        }
        model.problem().set(null);
        Alerts.error(stage, messages, "reportFailed", errors.describe(e));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
