package se.samverkan.ui.politics;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.samverkan.domain.OnePercentRow;
import se.samverkan.domain.OnePercentYear;
import se.samverkan.service.Messages;

/**
 * The "1 %-målet" tab: per branch its active members, the goal, the members in office, their share and the verdict;
 * beside it the area's share per year against the 1 % line.
 */
final class OnePercentView {

    private final VBox root = new VBox(10);

    OnePercentView(OnePercentViewModel model, Messages messages) {
        root.setId("onePercentView");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(16, 24, 12, 24));
        var heading = new Label(messages.get("ui.onePercent.heading"));
        heading.getStyleClass().add(Styles.TITLE_3);
        var explain = new Label(messages.get("ui.onePercent.explain"));
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        explain.setWrapText(true);

        var table = new TableView<>(model.rows());
        table.setId("onePercentTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        add(table, messages.get("ui.demands.field.branch"), OnePercentRow::branch, 200);
        add(table, messages.get("ui.onePercent.col.members"), r -> r.activeMembers() == null ? ""
                : messages.get("ui.onePercent.members", r.activeMembers(), r.memberYear()), 140);
        add(table, messages.get("ui.onePercent.col.goal"), r -> r.goal() == null ? "" : r.goal().toString(), 60);
        add(table, messages.get("ui.onePercent.col.elected"), r -> Integer.toString(r.elected()), 105);
        add(table, messages.get("ui.onePercent.col.share"), r -> r.sharePercent() == null ? ""
                : messages.get("ui.onePercent.share", r.sharePercent()), 80);
        add(table, messages.get("ui.demands.field.status"),
                r -> messages.get("ui.onePercent.verdict." + r.verdict().name()), 120);
        HBox.setHgrow(table, Priority.ALWAYS);

        // the years as categories: a number axis would tick between years
        var years = new CategoryAxis();
        var percent = new NumberAxis();
        percent.setLabel("%");
        var chart = new LineChart<String, Number>(years, percent);
        chart.setId("onePercentTrend");
        chart.setAnimated(false);
        chart.setPrefWidth(340);
        chart.setMinWidth(320);
        var share = new XYChart.Series<String, Number>();
        share.setName(messages.get("ui.onePercent.trend.share"));
        var goal = new XYChart.Series<String, Number>();
        goal.setName(messages.get("ui.onePercent.trend.goal"));
        chart.getData().add(share);
        chart.getData().add(goal);
        model.trend().addListener((ListChangeListener<OnePercentYear>) c -> {
            share.getData().setAll(model.trend().stream()
                    .map(y -> new XYChart.Data<String, Number>(Integer.toString(y.year()), y.sharePercent())).toList());
            goal.getData().setAll(model.trend().stream()
                    .map(y -> new XYChart.Data<String, Number>(Integer.toString(y.year()), 1.0)).toList());
        });
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.error());
        var trendTitle = new Label(messages.get("ui.onePercent.trend"));
        trendTitle.getStyleClass().add(Styles.TEXT_BOLD);
        trendTitle.setWrapText(true);
        var trend = new VBox(4, trendTitle, chart);
        trend.setPrefWidth(340);
        trend.setMinWidth(300);
        VBox.setVgrow(chart, Priority.ALWAYS);
        var body = new HBox(16, table, trend);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(heading, explain, body, error);
    }

    private static void add(TableView<OnePercentRow> table, String title, Function<OnePercentRow, String> value,
                            double width) {
        var column = new TableColumn<OnePercentRow, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width < 200 ? width : 120);
        table.getColumns().add(column);
    }

    VBox root() {
        return root;
    }
}
