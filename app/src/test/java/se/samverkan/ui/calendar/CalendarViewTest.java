package se.samverkan.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.calendar.CalendarService;
import se.samverkan.store.CalendarFixture;
import se.samverkan.store.StoreFixture;
import se.samverkan.ui.WindowTestSupport;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** The month and week views on a fixed June 2026, read on the FX thread through a same-thread executor. */
@ExtendWith(ApplicationExtension.class)
class CalendarViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private Workspace workspace;
    private CalendarViewModel model;
    private CalendarView view;
    private final List<CalendarEvent> opened = new ArrayList<>();
    private long workshop;

    @Start
    void start(Stage stage) {
        Path dir = WindowTestSupport.newDataDir();
        workspace = Workspace.create(dir, "kalender-1".toCharArray());
        workspace.inTransaction(s -> {
            long forum = new StoreFixture(s).forum("Kompetensplattform Kronoberg", "INDUSTRY_COUNCIL");
            var f = new CalendarFixture(s);
            workshop = f.workshop("Målworkshop i Ljungby", "PLANNED", TODAY, LocalTime.of(9, 0), LocalTime.of(12, 0),
                    null, "0781", null);
            f.meeting(forum, TODAY, LocalTime.of(10, 0), LocalTime.of(11, 0));
            f.meeting(forum, TODAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 0));
            return null;
        });
        Messages messages = Messages.of(Messages.SWEDISH);
        var errors = new ErrorMessages(messages);
        var tasks = new BackgroundTasks(Runnable::run, e -> { });
        model = new CalendarViewModel(new CalendarService(workspace, messages), tasks, errors, () -> TODAY);
        view = new CalendarView(model, messages, opened::add);
        var scene = new Scene(view.root(), 1180, 760);
        scene.getStylesheets().add(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theMonthShowsEventsHolidaysAndTheDoubleBooking(FxRobot robot) {
        assertThat(robot.lookup("#calendarTitle").queryAs(Label.class).getText()).isEqualTo("Juni 2026");
        Node nationalDay = robot.lookup("#day-2026-06-06").query();
        assertThat(nationalDay.getStyleClass()).contains("calendar-holiday", "calendar-weekend");
        assertThat(robot.from(nationalDay).lookup(".calendar-holiday-name").queryAs(Label.class).getText())
                .isEqualTo("Sveriges nationaldag");
        assertThat(robot.lookup("#day-2026-06-20").query().getStyleClass()).contains("calendar-holiday");
        assertThat(robot.lookup("#day-2026-06-19").query().getStyleClass()).as("midsommarafton")
                .contains("calendar-eve").doesNotContain("calendar-holiday");

        Node today = robot.lookup("#day-2026-06-10").query();
        assertThat(today.getStyleClass()).contains("calendar-today");
        java.util.Set<Node> chips = robot.from(today).lookup(".calendar-chip").queryAll();
        assertThat(chips).hasSize(2).allSatisfy(chip -> assertThat(chip.getStyleClass()).contains("chip-clash"));
        assertThat(robot.from(today).lookup(".calendar-clash-mark").queryAll()).hasSize(1);
        Button first = robot.from(today).lookup(".chip-workshop").queryAs(Button.class);
        assertThat(first.getText()).isEqualTo("09:00 Målworkshop i Ljungby");
        assertThat(first.getTooltip().getText()).contains("Dubbelbokad: krockar med Möte: Kompetensplattform Kronoberg (10:00–11:00)");
        assertThat(robot.from(robot.lookup("#day-2026-06-11").<Node>query()).lookup(".chip-clash").queryAll()).isEmpty();

        robot.clickOn(first);
        assertThat(opened).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo(workshop));
        assertThat(robot.lookup("#calendarStatus").queryAs(Label.class).getText())
                .isEqualTo("3 händelser · 1 dubbelbokningar");
    }

    @Test
    void previousNextWeekAndTodayMoveThePeriod(FxRobot robot) {
        robot.clickOn("#calendarNext");
        assertThat(robot.lookup("#calendarTitle").queryAs(Label.class).getText()).isEqualTo("Juli 2026");
        robot.clickOn("#calendarWeekMode");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendarWeek").tryQuery()).isPresent();
        assertThat(robot.lookup("#calendarTitle").queryAs(Label.class).getText()).isEqualTo("Vecka 28, 2026");
        robot.clickOn("#calendarToday");
        assertThat(robot.lookup("#calendarTitle").queryAs(Label.class).getText()).isEqualTo("Vecka 24, 2026");
        assertThat(robot.lookup(".calendar-day").queryAll()).hasSize(7);
        assertThat(robot.lookup(".calendar-chip").queryAll()).hasSize(3);
        robot.clickOn("#calendarPrevious");
        assertThat(robot.lookup(".calendar-chip").queryAll()).isEmpty();
    }

    @Test
    void theWeekPlacesEventsByTheirTimesAndOverlapsSideBySide(FxRobot robot) {
        robot.clickOn("#calendarWeekMode");
        WaitForAsyncUtils.waitForFxEvents();
        var columns = robot.lookup("#calendarWeek .calendar-hours").queryAll().stream()
                .map(javafx.scene.layout.Pane.class::cast).toList();
        assertThat(columns).hasSize(7);
        // Wednesday 10 June: the workshop 09:00-12:00 and the meeting 10:00-11:00 share the width
        var wednesday = columns.get(2).getChildren().stream().filter(n -> n.getStyleClass().contains("calendar-chip"))
                .map(javafx.scene.layout.Region.class::cast)
                .sorted(java.util.Comparator.comparingDouble(javafx.scene.Node::getLayoutY)).toList();
        assertThat(wednesday).hasSize(2);
        var workshopChip = wednesday.get(0);
        var meetingChip = wednesday.get(1);
        assertThat(workshopChip.getLayoutY()).isCloseTo(2 * 46 + 1, org.assertj.core.data.Offset.offset(0.5));
        assertThat(workshopChip.getHeight()).isCloseTo(3 * 46 - 2, org.assertj.core.data.Offset.offset(0.5));
        assertThat(meetingChip.getLayoutY()).isCloseTo(3 * 46 + 1, org.assertj.core.data.Offset.offset(0.5));
        assertThat(meetingChip.getLayoutX()).isGreaterThan(workshopChip.getLayoutX() + workshopChip.getWidth() - 1);
        assertThat(workshopChip.getWidth()).isLessThan(columns.get(2).getWidth() / 2);
        // Thursday's meeting has the day to itself
        var thursday = columns.get(3).getChildren().stream().filter(n -> n.getStyleClass().contains("calendar-chip"))
                .map(javafx.scene.layout.Region.class::cast).toList();
        assertThat(thursday).singleElement().satisfies(c -> assertThat(c.getWidth())
                .isGreaterThan(columns.get(3).getWidth() - 8));
    }

    @Test
    void theShownPeriodIsExportedAsIcs(FxRobot robot) throws Exception {
        Path file = WindowTestSupport.newDataDir().resolve("juni.ics");
        robot.interact(() -> view.exportTo(file));
        assertThat(Files.readString(file)).contains("SUMMARY:Målworkshop i Ljungby", "TZID=Europe/Stockholm");
        assertThat(robot.lookup("#calendarStatus").queryAs(Label.class).getText())
                .isEqualTo("3 händelser exporterade till juni.ics");

        Path one = file.resolveSibling("en.ics");
        CalendarEvent first = model.periodProperty().get().events().get(0);
        robot.interact(() -> view.exportEventTo(first, one));
        assertThat(Files.readString(one)).contains("UID:workshop-" + workshop + "@samverkan")
                .doesNotContain("Kompetensplattform");
        assertThat(robot.lookup(".calendar-chip").<Button>queryAll()).allSatisfy(
                chip -> assertThat(chip.getContextMenu().getItems()).hasSize(1));
    }
}
