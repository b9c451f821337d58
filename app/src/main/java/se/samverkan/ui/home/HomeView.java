package se.samverkan.ui.home;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.FollowUpDue;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.RelationshipHealthStatus;
import se.samverkan.domain.SeatTermEnding;
import se.samverkan.domain.UpcomingWorkshop;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** The home screen ("Hem"): counts per area, then follow-ups, ending forum terms and the next workshops. */
public final class HomeView {

    private final ScrollPane root;
    private static final double PANEL_MIN_WIDTH = 330;
    private static final double PANEL_GAP = 16;
    private final HomeViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dates;

    public HomeView(HomeViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale());

        var title = new Label(messages.get("ui.home.title"));
        title.getStyleClass().add("page-title");
        var subtitle = new Label();
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> model.todayProperty().get() == null ? ""
                : messages.get("ui.home.today", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", messages.locale())
                        .format(model.todayProperty().get())), model.todayProperty()));
        var error = new Label();
        error.setId("homeError");
        error.getStyleClass().add("inline-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        var overview = new Label(messages.get("ui.home.overview"));
        overview.getStyleClass().add("section-title");
        var attention = new Label(messages.get("ui.home.attention"));
        attention.getStyleClass().add("section-title");

        var page = new VBox(16, new VBox(2, title, subtitle), error, overview,
                new CountCards(model.counts(), messages), attention, clashes(), panels());
        page.getStyleClass().add("page");
        root = new ScrollPane(page);
        root.setId("homeView");
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
    }

    /** One warning line per double booking of the coming weeks, above the panels; nothing when there is none. */
    private Node clashes() {
        var texts = new se.samverkan.ui.common.CalendarTexts(messages);
        var box = new VBox(4);
        box.setId("homeClashes");
        box.getStyleClass().add("home-clashes");
        Runnable show = () -> box.getChildren().setAll(model.clashes().stream().map(c -> {
            var line = new Label(messages.get(c.certain() ? "ui.home.clash" : "ui.home.clash.possible",
                    dates.format(c.first().date()),
                    texts.title(c.first()) + " " + texts.when(c.first()), texts.title(c.second()) + " "
                            + texts.when(c.second())), Icons.of(Feather.ALERT_TRIANGLE));
            line.setWrapText(true);
            line.getStyleClass().addAll(Styles.WARNING, "home-clash");
            return line;
        }).toList());
        model.clashes().addListener((javafx.collections.ListChangeListener<se.samverkan.domain.Clash>) ch -> show.run());
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.clashes()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node panels() {
        var followUps = new AttentionPanel<>("followUps", Feather.CHECK_CIRCLE, messages.get("ui.home.followUps"),
                messages.get("ui.home.followUps.empty"), model.followUps(), this::followUpRow);
        var seats = new AttentionPanel<>("endingSeats", Feather.CLOCK, messages.get("ui.home.seats"),
                messages.get("ui.home.seats.empty"), model.endingSeats(), this::seatRow);
        var workshops = new AttentionPanel<>("workshops", Feather.CALENDAR, messages.get("ui.home.workshops"),
                messages.get("ui.home.workshops.empty"), model.workshops(), this::workshopRow);
        var cold = new AttentionPanel<>("coldRelations", Feather.THERMOMETER, messages.get("ui.home.coldRelations"),
                messages.get("ui.home.coldRelations.empty"), model.coldRelations(), this::coldRow);
        var grid = new GridPane();
        grid.setHgap(PANEL_GAP);
        grid.setVgap(PANEL_GAP);
        List<Node> all = List.of(followUps, seats, workshops, cold);
        arrange(grid, all, 2);
        // Four side by side on a wide screen, else two by two, one column when narrow; never three, which would
        // leave the fourth panel alone on a row.
        grid.widthProperty().addListener((obs, was, now) -> {
            int fit = (int) ((now.doubleValue() + PANEL_GAP) / (PANEL_MIN_WIDTH + PANEL_GAP));
            int columns = fit >= 4 ? 4 : fit >= 2 ? 2 : 1;
            if (columns != grid.getColumnConstraints().size()) {
                arrange(grid, all, columns);
            }
        });
        return grid;
    }

    private static void arrange(GridPane grid, List<Node> panels, int columns) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int i = 0; i < columns; i++) {
            var column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < panels.size(); i++) {
            grid.add(panels.get(i), i % columns, i / columns);
        }
    }

    private Node followUpRow(FollowUpDue f) {
        LocalDate today = model.todayProperty().get();
        boolean overdue = today != null && f.overdue(today);
        String tag = overdue
                ? messages.get("ui.home.overdue", ChronoUnit.DAYS.between(f.dueDate(), today))
                : dates.format(f.dueDate());
        String who = String.join(", ", f.participants());
        String second = who.isEmpty() ? f.topic() : f.topic() + " · " + who;
        Button done = null;
        if (model.canMarkDone()) {
            done = new Button(null, Icons.of(Feather.CHECK_SQUARE));
            done.setId("homeFollowUpDone" + f.id());
            done.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            done.setTooltip(new Tooltip(messages.get("ui.followUp.markDone")));
            done.setOnAction(e -> model.markDone(f.id()));
        }
        return AttentionPanel.row(tag, overdue, f.description(), second, done);
    }

    private Node seatRow(SeatTermEnding s) {
        return AttentionPanel.row(dates.format(s.termTo()), false, s.personName(),
                s.forumName() + " · " + messages.get("ui.seat.role." + s.role()));
    }

    private Node workshopRow(UpcomingWorkshop w) {
        String place = w.municipality() == null ? "" : " · " + w.municipality();
        String status = "IDEA".equals(w.status()) ? " · " + messages.get("ui.workshop.status.IDEA") : "";
        return AttentionPanel.row(dates.format(w.heldOn()), false, w.title(), w.typeName() + place + status);
    }

    private Node coldRow(RelationshipHealth h) {
        String tag = h.daysSinceContact() == null
                ? messages.get("ui.home.coldRelations.never")
                : messages.get("ui.home.coldRelations.days", h.daysSinceContact(), h.cadenceDays());
        String detail = messages.get("ui.home.coldRelations.detail", h.cadenceDays(), h.contactsInYear());
        String second = h.organisationName() == null ? detail : h.organisationName() + " · " + detail;
        return AttentionPanel.row(tag, h.status() == RelationshipHealthStatus.COLD, h.name(), second);
    }

    public Parent root() {
        return root;
    }
}
