package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.Branch;
import se.samverkan.domain.GoalFigure;
import se.samverkan.service.Workspace;

/**
 * Issue #5's window path: in Verksamhetsmål, set a branch's target for a typed indicator, report an outcome that is
 * behind, see the cell turn off track, report a better one and see it turn on track; the changes are listed.
 */
@ExtendWith(ApplicationExtension.class)
class GoalFollowUpTest {

    private static final String PASSWORD = "mål-lösen-1";
    private AppWindow window;
    private long branch;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            branch = ws.inTransaction(s -> s.branches().create(new Branch(0, 977, "Testavdelningen Mitt", "SE21",
                    List.of("06"), null, null))).id();
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    private void waitForCellStatus(FxRobot robot, String cell, String styleClass) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(cell).tryQuery()
                .map(n -> n.getStyleClass().contains(styleClass)).orElse(false));
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTargetAndAnOutcomeTurnTheCellOffTrackAndThenOnTrack(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navGoals");
        String cell = "#goalCell_" + branch + "_2";
        waitForCellStatus(robot, cell, "status-no-data");

        // 2026-03-10 is day 69 of 181 in 2026H1: a target of 40 expects 15.25 by now
        robot.clickOn(cell);
        TableView<GoalFigure> figures = robot.lookup("#goalFigures").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !figures.getItems().isEmpty());
        robot.interact(() -> figures.getSelectionModel().select(0));
        assertThat(figures.getItems().get(0).indicator().code()).isEqualTo("G2_COMPETENCE_DEV");
        robot.clickOn("#goalSetTarget");
        waitFor(robot, "#target_value");
        type(robot, "#target_value", "40");
        type(robot, "#target_women", "20");
        type(robot, "#target_men", "20");
        robot.clickOn("#targetSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#target_value").tryQuery().isEmpty());

        robot.clickOn("#goalReportOutcome");
        waitFor(robot, "#outcome_value");
        type(robot, "#outcome_value", "5");
        robot.clickOn("#outcomeSave");
        waitForCellStatus(robot, cell, "status-off-track");
        assertThat(robot.lookup(cell).queryAs(Label.class).getText()).isEqualTo("✕");

        robot.clickOn("#goalReportOutcome");
        waitFor(robot, "#outcome_value");
        type(robot, "#outcome_value", "15");
        type(robot, "#outcome_women", "7");
        type(robot, "#outcome_men", "8");
        robot.clickOn("#outcomeSave");
        waitForCellStatus(robot, cell, "status-on-track");
        assertThat(robot.lookup(cell).queryAs(Label.class).getText()).isEqualTo("✓");

        var changes = robot.lookup("#goalChanges").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> changes.getItems().size() == 3);
        assertThat(changes.getItems().get(0).toString()).contains("Utfall 2026H1: 5 → 15");
        assertThat(changes.getItems().get(2).toString()).contains("Mål 2026H1: – → 40");
    }

    @Test
    void theChosenCellsBranchSpreadsheetIsSavedForTheShownPeriod(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navGoals");
        String cell = "#goalCell_" + branch + "_2";
        waitFor(robot, cell);
        assertThat(robot.lookup("#goalTemplate").queryButton().isDisabled()).isTrue();
        Path file = WindowTestSupport.newDataDir().resolve("mall.xlsx");
        List<String> suggested = new java.util.ArrayList<>();
        se.samverkan.ui.common.SaveDialogs.replaceChooser((owner, title, name, types) -> {
            suggested.add(name);
            return file;
        });
        try {
            robot.clickOn(cell);
            robot.clickOn("#goalTemplate");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(file)
                    && robot.lookup("#goalNotice").queryAs(Label.class).getText().contains("Testavdelningen Mitt"));
        } finally {
            se.samverkan.ui.common.SaveDialogs.replaceChooser(null);
        }
        assertThat(suggested).singleElement().asString().startsWith("uppfoljning-977-").endsWith(".xlsx");
        try (var in = java.nio.file.Files.newInputStream(file);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getSheet("samverkan").getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo("Testavdelningen Mitt");
        }
    }
}
