package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import se.samverkan.domain.CatalogueDemand;
import se.samverkan.domain.County;
import se.samverkan.domain.DemandRow;
import se.samverkan.domain.Municipality;
import se.samverkan.service.Workspace;
import se.samverkan.service.politics.DemandStatus;

/**
 * Issue #6's path: adopt a catalogue demand for a municipality (the level warning comes and goes with the level),
 * find it in the list as an idea, then move it to anchored with the party group.
 */
@ExtendWith(ApplicationExtension.class)
class PoliticsFlowTest {

    private static final String PASSWORD = "politik-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> s.branches().create(new Branch(0, 961, "Testavdelningen Politik", "SE21",
                    List.of("06"), null, null)));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, java.util.function.Predicate<T> which) {
        robot.interact(() -> {
            ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
            box.setValue(box.getItems().stream().filter(t -> t != null && which.test(t)).findFirst().orElseThrow());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCatalogueDemandIsAdoptedForAMunicipalityAndMovedToAnchored(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navPolitics");
        TableView<CatalogueDemand> catalogue = robot.lookup("#catalogueTable").queryAs(TableView.class);
        waitFor(() -> catalogue.getItems().size() > 40);
        robot.interact(() -> robot.lookup("#politicsTabs").queryAs(TabPane.class).getSelectionModel().select(1));

        // adopt "Barnomsorg på obekväma arbetstider"
        robot.interact(() -> catalogue.getSelectionModel().select(catalogue.getItems().stream()
                .filter(c -> c.title().equals("Barnomsorg på obekväma arbetstider")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#catalogueText").queryAs(Label.class).getText()).contains("obekväma arbetstider");
        robot.clickOn("#catalogueAdopt");
        waitFor(() -> robot.lookup("#demandForm").tryQuery().isPresent());
        assertThat(robot.lookup("#demand_title").queryAs(TextField.class).getText())
                .isEqualTo("Barnomsorg på obekväma arbetstider");

        // school is the municipality's: putting it to the region warns, back to the municipality does not
        Label warning = robot.lookup("#demandLevelWarning").queryAs(Label.class);
        assertThat(warning.isVisible()).isFalse();
        choose(robot, "#demand_levelChoice", (String l) -> l.equals("REGION"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("kommunens ansvar").contains("sparas ändå");
        choose(robot, "#demand_levelChoice", (String l) -> l.equals("MUNICIPALITY"));
        assertThat(warning.isVisible()).isFalse();

        // asked for branch and place
        choose(robot, "#demand_branch", (Branch b) -> b.name().equals("Testavdelningen Politik"));
        choose(robot, "#demand_county", (County c) -> c.code().equals("06"));
        choose(robot, "#demand_municipality", (Municipality m) -> m.code().equals("0680"));
        robot.clickOn("#demandSave");
        waitFor(() -> robot.lookup("#demandForm").tryQuery().isEmpty());

        TableView<DemandRow> table = robot.lookup("#demandsTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        DemandRow row = table.getItems().get(0);
        assertThat(row.title()).isEqualTo("Barnomsorg på obekväma arbetstider");
        assertThat(row.status()).isEqualTo("IDEA");
        assertThat(row.place()).isEqualTo("Jönköping");
        assertThat(row.branch()).isEqualTo("Testavdelningen Politik");

        // idea → anchored with the party group
        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(() -> !robot.lookup("#demandsEdit").query().isDisabled());
        robot.clickOn("#demandsEdit");
        waitFor(() -> robot.lookup("#demandForm").tryQuery().isPresent());
        choose(robot, "#demand_status", (DemandStatus s) -> s == DemandStatus.ANCHORED);
        robot.clickOn("#demandSave");
        waitFor(() -> robot.lookup("#demandForm").tryQuery().isEmpty());
        waitFor(() -> table.getItems().size() == 1 && table.getItems().get(0).status().equals("ANCHORED"));

        // the status filter finds it; the list shows the status in words
        choose(robot, "#demandsFilterStatus", (DemandStatus s) -> s == DemandStatus.ANCHORED);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getColumns().get(5).getCellData(0)).isEqualTo("Förankrat i partigruppen");
    }
}
