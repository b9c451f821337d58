package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

@ExtendWith(ApplicationExtension.class)
class PeopleAreaTest {

    private static final String PASSWORD = "personer-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> new StoreFixture(s).person("Hugo", "Påhittad", "hugo@example.test", null, null));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        se.samverkan.ui.common.SaveDialogs.replaceChooser(null);
        WindowTestSupport.close(window);
    }

    private static void type(FxRobot robot, String id, String text) {
        // Set straight on the field: the robot's typing of å, ä, ö is unreliable under headless Monocle.
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void aNewPersonWithAnInvalidEmailIsCorrectedSavedFoundAndOpened(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navPeople");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#peopleTable")
                .tryQueryAs(TableView.class).map(t -> t.getItems().size() == 1).orElse(false));

        robot.clickOn("#peopleNew");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#person_firstName", "Greta");
        type(robot, "#person_lastName", "Fiktiva");
        type(robot, "#person_email", "greta.example.test");
        type(robot, "#person_phone", "0701234567");
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#person_email_error").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#person_email_error").queryAs(Label.class).getText())
                .isEqualTo("Ogiltig e-postadress, till exempel namn@exempel.se");
        assertThat(robot.lookup("#person_firstName_error").queryAs(Label.class).isVisible()).isFalse();

        type(robot, "#person_email", "greta@example.test");
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#personForm").tryQuery().isEmpty());

        robot.clickOn("#peopleSearch").write("greta");
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).toString()).contains("Greta Fiktiva").contains("070-123 45 67");
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailPane").query().isVisible());
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Greta Fiktiva");
    }

    @Test
    void theRegisterExtractOfTheOpenedPersonIsWrittenInTheBackgroundAndTheWindowSaysWhere(FxRobot robot)
            throws Exception {
        Path out = java.nio.file.Files.createTempDirectory("utdrag");
        se.samverkan.ui.common.SaveDialogs.replaceChooser((owner, title, name, types) -> out.resolve(name));
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navPeople");
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#peopleMore").query().isDisabled());

        robot.clickOn("#peopleMore");
        // the menu opens in a popup of its own a pulse later, slower on a busy machine
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Registerutdrag…").tryQuery().isPresent());
        robot.clickOn("Registerutdrag…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#peopleExtractDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#peopleExtractSensitive").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isFalse();
        robot.clickOn("Välj fil…");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#peopleExtractDone").tryQuery().isPresent());
        Path pdf;
        try (var files = java.nio.file.Files.list(out)) {
            pdf = files.filter(f -> f.getFileName().toString().matches("registerutdrag-\\d+\\.pdf")).findFirst()
                    .orElseThrow();
        }
        assertThat(pdf).isNotEmptyFile();
        assertThat(robot.lookup("#peopleExtractDone").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("Registerutdraget är skrivet till " + pdf.toAbsolutePath());
    }
}
