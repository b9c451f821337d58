package se.samverkan.ui.funding;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.County;
import se.samverkan.domain.FundingTarget;
import se.samverkan.service.Messages;
import se.samverkan.service.funding.FundingService;
import se.samverkan.service.funding.TargetProgress;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.FieldMessages;
import se.samverkan.ui.common.Icons;

/**
 * The Mål och utfall tab: one row per measure and county (or the whole project) with target and outcome for women,
 * men and in total, the progress of each row, and each measure summed over its counties. Node ids start with
 * {@code target_}.
 */
final class TargetsEditor {

    private final FundingFormModel form;
    private final Messages messages;
    private final VBox root = new VBox(10);
    private final VBox sums = new VBox(4);

    TargetsEditor(FundingFormModel form, Messages messages) {
        this.form = form;
        this.messages = messages;
        var grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        Runnable rebuild = () -> rebuild(grid);
        form.targets().addListener((ListChangeListener<FundingFormModel.TargetRow>) c -> {
            // a row added or removed rebuilds the grid; typing a figure only changes the sums
            boolean rows = false;
            while (c.next()) {
                rows |= c.wasAdded() || c.wasRemoved();
            }
            if (rows) {
                rebuild.run();
            } else {
                showSums();
            }
        });
        rebuild.run();
        var add = new Button(messages.get("ui.funding.targets.add"), Icons.of(Feather.PLUS));
        add.setId("targetAdd");
        add.setOnAction(e -> form.addTarget());
        var error = FieldMessages.under(grid, "target_error", FundingService.TARGETS, form.fieldErrors(), messages,
                () -> { });
        sums.setId("target_sums");
        root.getChildren().addAll(grid, add, error, sums);
    }

    private void rebuild(GridPane grid) {
        grid.getChildren().clear();
        String none = messages.get("ui.funding.targets.whole");
        grid.add(FormRows.muted(messages.get("ui.funding.targets.target")), 2, 0, 3, 1);
        grid.add(FormRows.muted(messages.get("ui.funding.targets.outcome")), 5, 0, 3, 1);
        var header = List.of("ui.funding.targets.measure", "ui.funding.targets.county", "ui.funding.targets.women",
                "ui.funding.targets.men", "ui.funding.targets.total", "ui.funding.targets.women",
                "ui.funding.targets.men", "ui.funding.targets.total", "ui.funding.targets.progress");
        for (int i = 0; i < header.size(); i++) {
            var label = FormRows.muted(messages.get(header.get(i)));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setHalignment(label, i >= 2 && i < 8 ? HPos.RIGHT : HPos.LEFT);
            grid.add(label, i, 1);
        }
        int r = 2;
        for (var row : form.targets()) {
            int index = r - 2;
            var measure = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(FundingService.MEASURES),
                    row.measure, m -> m, m -> messages.get("ui.funding.measure." + m), null);
            measure.setId("target_measure_" + index);
            measure.setPrefWidth(150);
            var county = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(form.choices().counties()),
                    row.county, County::code, County::nameSv, none);
            county.setId("target_county_" + index);
            county.setPrefWidth(150);
            grid.add(measure, 0, r);
            grid.add(county, 1, r);
            String[] names = {"targetWomen", "targetMen", "targetTotal", "outcomeWomen", "outcomeMen", "outcomeTotal"};
            for (int i = 0; i < 6; i++) {
                var figure = FormRows.number(row.figures().get(i), 4, "target_" + names[i] + "_" + index);
                figure.setMinWidth(64);
                grid.add(figure, 2 + i, r);
            }
            grid.add(progress(row, index), 8, r);
            grid.add(FormRows.remove(messages, "target_remove_" + index, () -> form.targets().remove(row)), 9, r);
            r++;
        }
        showSums();
    }

    private Node progress(FundingFormModel.TargetRow row, int index) {
        var bar = new ProgressBar();
        bar.setPrefWidth(70);
        var text = new Label();
        text.setId("target_progress_" + index);
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Observable[] figures = row.figures().toArray(new Observable[0]);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() ->
                Math.min(1, TargetProgress.progress(row.toTarget()).orElse(0)), figures));
        text.textProperty().bind(Bindings.createStringBinding(() -> percent(TargetProgress.progress(row.toTarget())),
                figures));
        return new HBox(6, bar, text);
    }

    private void showSums() {
        sums.getChildren().clear();
        List<FundingTarget> targets = form.targets().stream().map(FundingFormModel.TargetRow::toTarget).toList();
        for (var sum : TargetProgress.byMeasure(targets)) {
            String line = messages.get("ui.funding.targets.sum", messages.get("ui.funding.measure." + sum.measure()),
                    sum.outcome(), sum.target(), percent(sum.progress()));
            if (sum.targetWomen() != null || sum.targetMen() != null) {
                line += " · " + messages.get("ui.funding.targets.sumGender", n(sum.outcomeWomen()), n(sum.targetWomen()),
                        n(sum.outcomeMen()), n(sum.targetMen()));
            }
            var label = new Label(line);
            label.getStyleClass().add(Styles.TEXT_BOLD);
            sums.getChildren().add(label);
        }
    }

    private static String n(Integer value) {
        return value == null ? "–" : value.toString();
    }

    private static String percent(OptionalDouble progress) {
        return progress.isPresent() ? Math.round(progress.getAsDouble() * 100) + " %" : "–";
    }

    Node root() {
        return FormRows.page(root);
    }
}
