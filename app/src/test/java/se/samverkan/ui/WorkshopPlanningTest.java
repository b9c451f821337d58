package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.Branch;
import se.samverkan.domain.WorkshopFilter;
import se.samverkan.domain.WorkshopRow;
import se.samverkan.domain.WorkshopType;
import se.samverkan.service.Workspace;
import se.samverkan.service.workshops.WorkshopService;
import se.samverkan.service.workshops.WorkshopStatus;
import se.samverkan.ui.common.SaveDialogs;

/**
 * Issue #4's workshop path: plan a workshop with an agenda that overruns the session, see the warning, shorten an
 * item until it fits, save, find the workshop in the list with its agenda stored in order, and export it to an .ics
 * file that an independent parser (ical4j) reads with its time zone and programme.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopPlanningTest {

    private static final String PASSWORD = "workshop-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> s.branches().create(new Branch(0, 977, "Testavdelningen Mitt", "SE21", List.of("06"),
                    null, null)));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        SaveDialogs.replaceChooser(null);
        WindowTestSupport.close(window);
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOverrunningAgendaIsFlaggedThenShortenedAndTheSavedWorkshopIsExportedToIcs(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navWorkshops");
        TableView<WorkshopRow> table = robot.lookup("#workshopsTable").queryAs(TableView.class);
        // The choices (types, branches) load in the background before the form can offer them.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#workshopsFilterType")
                .queryAs(ComboBox.class).getItems().isEmpty() && robot.lookup("#workshopsFilterType")
                .queryAs(ComboBox.class).getItems().size() > 1);
        robot.clickOn("#workshopsNew");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#workshopTabs").tryQuery().isPresent());

        // Planning: type, title, planned on a date, 9:00–12:00, the branch invited
        robot.interact(() -> {
            ComboBox<WorkshopType> type = robot.lookup("#workshop_workshopType").queryAs(ComboBox.class);
            type.setValue(type.getItems().stream().filter(t -> t != null && t.code().equals("GOAL_SETTING"))
                    .findFirst().orElseThrow());
            ComboBox<WorkshopStatus> status = robot.lookup("#workshop_status").queryAs(ComboBox.class);
            status.setValue(WorkshopStatus.PLANNED);
            robot.lookup("#workshop_heldOn").queryAs(DatePicker.class).setValue(WindowTestSupport.TODAY.plusDays(21));
            CheckListView<Branch> branches = robot.lookup("#workshop_branches").queryAs(CheckListView.class);
            branches.getCheckModel().check(0);
        });
        set(robot, "#workshop_title", "Målsättningsworkshop Mitt");
        set(robot, "#workshop_start", "9:00");
        set(robot, "#workshop_end", "12:00");

        // Agenda: 60 + 90 + 45 minutes in a three-hour session is 15 minutes too long
        robot.interact(() -> robot.lookup("#workshopTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#agendaAdd");
        }
        String[] titles = {"Inledning och läget i avdelningen", "Mål per verksamhetsmål", "Nästa steg"};
        String[] minutes = {"60", "90", "45"};
        for (int i = 0; i < 3; i++) {
            set(robot, "#agendaTitle_" + i, titles[i]);
            set(robot, "#agendaMinutes_" + i, minutes[i]);
        }
        Label fit = robot.lookup("#agendaFit").queryAs(Label.class);
        assertThat(fit.getText()).contains("ryms inte").contains("15 min för långt");
        assertThat(fit.getStyleClass()).contains("danger");
        assertThat(((Label) ((javafx.scene.layout.HBox) robot.lookup("#agendaTitle_2").queryAs(Node.class).getParent())
                .getChildren().get(0)).getText()).isEqualTo("11:30");

        // Shorten the middle item: now it fits, with nothing to spare
        set(robot, "#agendaMinutes_1", "75");
        assertThat(fit.getText()).startsWith("Programmet ryms:").contains("(0 min kvar)");
        assertThat(fit.getStyleClass()).doesNotContain("danger");

        robot.clickOn("#workshopSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#workshopTabs").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WorkshopRow row = table.getItems().get(0);
        assertThat(row.title()).isEqualTo("Målsättningsworkshop Mitt");
        assertThat(row.status()).isEqualTo("PLANNED");
        assertThat(row.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(row.branches()).isEqualTo("Testavdelningen Mitt");

        var service = new WorkshopService(window.workspace(), Locale.ROOT, java.time.Clock.systemDefaultZone());
        var saved = service.find(service.list(WorkshopFilter.all()).get(0).id()).orElseThrow();
        assertThat(saved.agenda()).extracting(AgendaItem::title, AgendaItem::durationMinutes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(titles[0], 60), org.assertj.core.groups.Tuple.tuple(titles[1], 75),
                org.assertj.core.groups.Tuple.tuple(titles[2], 45));
        assertThat(WorkshopService.fit(saved).fits()).isTrue();

        // Export the planned workshop: one VEVENT at 9:00-12:00 Stockholm time, the agenda with its start times
        Path icsDir = java.nio.file.Files.createTempDirectory("samverkan-ics");
        SaveDialogs.replaceChooser((owner, title, fileName, type) -> icsDir.resolve(fileName));
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#workshopsExportIcs").query().isDisabled());
        robot.clickOn("#workshopsExportIcs");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#workshopIcsDone").tryQuery().isPresent());
        Path ics = icsDir.resolve("workshop-" + WindowTestSupport.TODAY.plusDays(21) + ".ics");
        List<VEvent> events;
        try (var reader = java.nio.file.Files.newBufferedReader(ics, java.nio.charset.StandardCharsets.UTF_8)) {
            events = new CalendarBuilder().build(reader).getComponents(Component.VEVENT);
        }
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Målsättningsworkshop Mitt");
        var stockholm = java.time.ZoneId.of("Europe/Stockholm");
        assertThat(java.time.ZonedDateTime.from(event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow()
                .getDate()).toInstant()).isEqualTo(WindowTestSupport.TODAY.plusDays(21).atTime(9, 0).atZone(stockholm)
                .toInstant());
        assertThat(java.time.ZonedDateTime.from(event.<DateProperty<?>>getProperty(Property.DTEND).orElseThrow()
                .getDate()).toInstant()).isEqualTo(WindowTestSupport.TODAY.plusDays(21).atTime(12, 0).atZone(stockholm)
                .toInstant());
        assertThat(event.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains(
                "Program:\n09:00 Inledning och läget i avdelningen (60 min)\n10:00 Mål per verksamhetsmål (75 min)\n"
                        + "11:15 Nästa steg (45 min)");
    }
}
