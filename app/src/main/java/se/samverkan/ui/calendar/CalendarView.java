package se.samverkan.ui.calendar;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.SaveDialogs;

/**
 * Kalender (Ctrl+8): a month or a week of workshops and forum meetings, Swedish holidays shaded, double bookings
 * marked; previous/today/next, and "Exportera .ics…" for the shown month or week. Clicking an event opens it.
 */
public final class CalendarView {

    static final String CSS = CalendarView.class.getResource("calendar.css").toExternalForm();
    private final CalendarViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label status = new Label();
    private final CalendarGrid grid;

    public CalendarView(CalendarViewModel model, Messages messages, Consumer<CalendarEvent> open) {
        this.model = model;
        this.messages = messages;
        this.grid = new CalendarGrid(messages, new EventChips(messages, open, this::exportEvent));
        root.setId("calendarView");
        root.getStyleClass().add("calendar-view");
        root.getStylesheets().add(CSS);
        root.setTop(toolbar());
        root.setBottom(statusBar());
        model.periodProperty().addListener((obs, was, now) -> redraw());
    }

    public Parent root() {
        return root;
    }

    /** Called when the area is shown: reads the period again (another area may have changed it). */
    public void shown() {
        model.load();
    }

    private HBox toolbar() {
        var previous = icon("calendarPrevious", Feather.CHEVRON_LEFT, "ui.calendar.previous");
        previous.setOnAction(e -> model.previous());
        var next = icon("calendarNext", Feather.CHEVRON_RIGHT, "ui.calendar.next");
        next.setOnAction(e -> model.next());
        var today = new Button(messages.get("ui.calendar.today"));
        today.setId("calendarToday");
        today.setOnAction(e -> model.showToday());
        title.setId("calendarTitle");
        title.getStyleClass().add("calendar-title");
        var group = new ToggleGroup();
        var month = mode("calendarMonthMode", "ui.calendar.month", CalendarViewModel.Mode.MONTH, group);
        var week = mode("calendarWeekMode", "ui.calendar.week", CalendarViewModel.Mode.WEEK, group);
        month.setSelected(model.modeProperty().get() == CalendarViewModel.Mode.MONTH);
        week.setSelected(!month.isSelected());
        var export = new Button(messages.get("ui.calendar.export"), Icons.of(Feather.DOWNLOAD));
        export.setId("calendarExport");
        export.setOnAction(e -> export());
        var busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(6, previous, today, next, title, busy, spacer, month, week, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("calendar-toolbar");
        return bar;
    }

    private ToggleButton mode(String id, String key, CalendarViewModel.Mode mode, ToggleGroup group) {
        var button = new ToggleButton(messages.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            button.setSelected(true);
            model.show(mode);
        });
        return button;
    }

    private HBox statusBar() {
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        status.setId("calendarStatus");
        var legend = new Label(messages.get("ui.calendar.legend"));
        legend.getStyleClass().add("calendar-legend");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(12, status, error, spacer, legend);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void redraw() {
        var period = model.periodProperty().get();
        if (period == null) {
            return;
        }
        LocalDate anchor = model.anchorProperty().get();
        var mode = model.modeProperty().get();
        title.setText(mode == CalendarViewModel.Mode.MONTH ? monthTitle(anchor)
                : messages.get("ui.calendar.weekTitle", anchor.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        Integer.toString(anchor.get(IsoFields.WEEK_BASED_YEAR))));
        root.setCenter(grid.build(period, mode, anchor, model.today()));
        long clashes = period.clashes().size();
        status.setText(messages.get("ui.calendar.summary", period.events().size(), clashes));
    }

    private String monthTitle(LocalDate anchor) {
        String name = anchor.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, messages.locale());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + anchor.getYear();
    }

    private void export() {
        var file = SaveDialogs.ics(root.getScene().getWindow(), messages.get("ui.calendar.export"),
                messages.get("ui.calendar.export.fileName", model.exportFrom(), model.exportTo()));
        if (file != null) {
            exportTo(file);
        }
    }

    private void exportEvent(CalendarEvent event) {
        var file = SaveDialogs.ics(root.getScene().getWindow(), messages.get("ui.calendar.exportEvent"),
                event.uid().replace('@', '-') + ".ics");
        if (file != null) {
            exportEventTo(event, file);
        }
    }

    /** Writes one event to {@code file} and says so in the status bar. */
    void exportEventTo(CalendarEvent event, java.nio.file.Path file) {
        model.exportEvent(event, file, count -> status.setText(messages.get("ui.calendar.export.done", count,
                file.getFileName().toString())));
    }

    /** Writes the shown period to {@code file} and says so in the status bar. */
    void exportTo(java.nio.file.Path file) {
        model.export(file, count -> status.setText(messages.get("ui.calendar.export.done", count,
                file.getFileName().toString())));
    }

    private Button icon(String id, Feather ikon, String tooltipKey) {
        return Icons.button(id, ikon, 16, messages.get(tooltipKey));
    }
}
