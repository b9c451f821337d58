package se.samverkan.ui.funding;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import se.samverkan.domain.FundingProjectRow;
import se.samverkan.service.Messages;

/**
 * The Tidslinje tab: one line per project on a month axis, with its application window (thin bar), its period (thick
 * bar, coloured by status) and an extension (pale bar), today marked, and the calls open today named above. Drawn with
 * shapes and labels (labels follow the theme's text colour, in dark mode too).
 */
final class FundingTimeline {

    static final double NAME_WIDTH = 250;
    static final double ROW = 30;
    static final double HEADER = 40;
    private static final Color APPLICATION = Color.web("#d97706");
    private static final Color EXTENSION = Color.web("#93c5fd");
    private static final Color TODAY = Color.web("#e11d48");
    private static final Color GRID = Color.gray(0.5, 0.25);

    private final ObservableList<FundingProjectRow> rows;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final Pane chart = new Pane();
    private final ScrollPane scroll = new ScrollPane(chart);
    private final Label open = new Label();
    private final VBox root = new VBox(10);

    FundingTimeline(ObservableList<FundingProjectRow> rows, Messages messages, Supplier<LocalDate> today) {
        this.rows = rows;
        this.messages = messages;
        this.today = today;
        chart.setId("fundingTimeline");
        open.setId("fundingOpenCalls");
        open.setWrapText(true);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(16, 24, 12, 24));
        var heading = new Label(messages.get("ui.funding.tab.timeline"));
        heading.getStyleClass().add(Styles.TITLE_3);
        root.getChildren().addAll(heading, legend(), open, scroll);
        rows.addListener((ListChangeListener<FundingProjectRow>) c -> redraw());
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (was == null || Math.abs(was.getWidth() - now.getWidth()) > 1) {
                redraw();
            }
        });
        redraw();
    }

    private Node legend() {
        var legend = new HBox(16, key(APPLICATION, 6, "ui.funding.timeline.application"),
                key(statusColour("RUNNING"), 12, "ui.funding.timeline.period"),
                key(EXTENSION, 12, "ui.funding.timeline.extension"), key(TODAY, 12, "ui.funding.timeline.today"));
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private HBox key(Color colour, double height, String textKey) {
        var box = new HBox(6, new Rectangle(18, height, colour), new Label(messages.get(textKey)));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A project's period in the colour of how far it has come; rejected and closed ones fade. */
    static Color statusColour(String status) {
        return switch (status) {
            case "RUNNING" -> Color.web("#16a34a");
            case "GRANTED" -> Color.web("#2563eb");
            case "APPLIED" -> Color.web("#7c3aed");
            case "CLOSED" -> Color.web("#64748b");
            case "REJECTED" -> Color.web("#dc2626", 0.45);
            default -> Color.web("#94a3b8");
        };
    }

    private void redraw() {
        chart.getChildren().clear();
        LocalDate now = today.get();
        List<FundingProjectRow> dated = rows.stream().filter(r -> r.periodFrom() != null || r.applicationFrom() != null)
                .toList();
        String openCalls = rows.stream().filter(r -> TimelineScale.open(r, now)).map(FundingProjectRow::name)
                .collect(Collectors.joining(", "));
        open.setText(messages.get("ui.funding.timeline.openCalls", openCalls.isEmpty() ? "–" : openCalls));
        if (dated.isEmpty()) {
            chart.getChildren().add(new Label(messages.get("ui.funding.timeline.empty")));
            return;
        }
        double width = Math.max(700, scroll.getViewportBounds().getWidth() - 4);
        var scale = TimelineScale.of(dated, now, NAME_WIDTH, width - NAME_WIDTH - 12);
        double bottom = HEADER + dated.size() * ROW;
        months(scale, bottom);
        for (int i = 0; i < dated.size(); i++) {
            project(scale, dated.get(i), HEADER + i * ROW, i);
        }
        double x = scale.x(now);
        var line = new Line(x, HEADER - 4, x, bottom + 2);
        line.setStroke(TODAY);
        line.setStrokeWidth(2);
        line.setId("fundingToday");
        // under the last project, where no month name is in the way
        var label = new Label(messages.get("ui.funding.timeline.today"));
        label.setTextFill(TODAY);
        label.relocate(x - 14, bottom + 2);
        chart.getChildren().addAll(line, label);
        chart.setPrefSize(width, bottom + 26);
        chart.setMinHeight(bottom + 26);
    }

    /** Month lines, the year at each January (and at the start), month names while there is room for them. */
    private void months(TimelineScale scale, double bottom) {
        double monthWidth = scale.pixelsPerDay() * 30.4;
        Locale locale = messages.locale();
        for (YearMonth m : scale.months()) {
            double x = scale.x(m.atDay(1));
            boolean january = m.getMonthValue() == 1;
            var line = new Line(x, january ? 2 : HEADER - 12, x, bottom);
            line.setStroke(january ? Color.gray(0.5, 0.6) : GRID);
            chart.getChildren().add(line);
            String text = null;
            // the first month names its year too, unless January follows too closely for both labels
            if (january || (m.equals(scale.first()) && m.getMonthValue() <= 10)) {
                text = Integer.toString(m.getYear());
            }
            if (text != null) {
                var year = new Label(text);
                year.getStyleClass().add(Styles.TEXT_BOLD);
                year.relocate(x + 3, 0);
                chart.getChildren().add(year);
            }
            boolean room = monthWidth >= 26 || (monthWidth >= 9 && (m.getMonthValue() - 1) % 3 == 0);
            if (room) {
                var month = new Label(m.getMonth().getDisplayName(TextStyle.SHORT, locale).replace(".", ""));
                month.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                month.relocate(x + 2, HEADER - 22);
                chart.getChildren().add(month);
            }
        }
    }

    private void project(TimelineScale scale, FundingProjectRow r, double y, int index) {
        var name = new Label(r.name());
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setPrefWidth(NAME_WIDTH - 12);
        name.setMaxWidth(NAME_WIDTH - 12);
        name.relocate(0, y + 5);
        name.setTooltip(new Tooltip(r.name() + " · " + messages.get("ui.funding.status." + r.status())));
        chart.getChildren().add(name);
        if (r.applicationFrom() != null && r.applicationTo() != null) {
            chart.getChildren().add(bar(scale, r.applicationFrom(), r.applicationTo(), y + 3, 6, APPLICATION,
                    "fundingApplication_" + index, "ui.funding.timeline.application"));
        }
        if (r.periodFrom() != null && r.periodTo() != null) {
            chart.getChildren().add(bar(scale, r.periodFrom(), r.periodTo(), y + 11, 13, statusColour(r.status()),
                    "fundingPeriod_" + index, "ui.funding.timeline.period"));
            if (r.extendedTo() != null && r.extendedTo().isAfter(r.periodTo())) {
                chart.getChildren().add(bar(scale, r.periodTo().plusDays(1), r.extendedTo(), y + 11, 13, EXTENSION,
                        "fundingExtension_" + index, "ui.funding.timeline.extension"));
            }
        }
        var rule = new Line(NAME_WIDTH, y + ROW - 1, scale.xAfter(scale.last().atEndOfMonth()), y + ROW - 1);
        rule.setStroke(GRID);
        chart.getChildren().add(rule);
    }

    private Rectangle bar(TimelineScale scale, LocalDate from, LocalDate to, double y, double height, Color colour,
                          String id, String textKey) {
        double x = scale.x(from);
        var bar = new Rectangle(x, y, Math.max(2, scale.xAfter(to) - x), height);
        bar.setFill(colour);
        bar.setArcWidth(4);
        bar.setArcHeight(4);
        bar.setId(id);
        Tooltip.install(bar, new Tooltip(messages.get(textKey) + ": " + from + " – " + to));
        return bar;
    }

    Node root() {
        return root;
    }
}
