package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
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
import se.samverkan.domain.Choice;
import se.samverkan.domain.County;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

/** A person created with organisation, län and kommun shows in the list narrowed to that län. */
@ExtendWith(ApplicationExtension.class)
class PersonFormFilterFlowTest {

    private static final String PASSWORD = "personer-lösen-2";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> {
                var f = new StoreFixture(s);
                f.organisation("Region Testlän", "REGION", "0680");
                return f.person("Hugo", "Påhittad", "hugo@example.test", null, null);
            });
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void aPersonWithOrganisationCountyAndMunicipalityIsListedUnderThatCounty(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navPeople");
        TableView<PersonRow> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("#peopleNew");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#person_firstName").queryAs(TextField.class).setText("Greta");
            robot.lookup("#person_lastName").queryAs(TextField.class).setText("Fiktiva");
            ComboBox<Choice> organisation = combo(robot, "#person_organisation");
            organisation.setValue(organisation.getItems().stream().filter(c -> c.name().equals("Region Testlän"))
                    .findFirst().orElseThrow());
            ComboBox<County> county = combo(robot, "#person_county");
            county.setValue(county.getItems().stream().filter(c -> c != null && c.code().equals("06"))
                    .findFirst().orElseThrow());
        });
        ComboBox<Municipality> municipality = combo(robot, "#person_municipality");
        assertThat(municipality.getItems()).filteredOn(m -> m != null).isNotEmpty()
                .extracting(Municipality::countyCode).containsOnly("06");
        assertThat(robot.lookup(".sensitive-tag").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        robot.interact(() -> municipality.setValue(municipality.getItems().stream()
                .filter(m -> m != null && m.code().equals("0680")).findFirst().orElseThrow()));
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#personForm").tryQuery().isEmpty());

        ComboBox<County> countyFilter = combo(robot, "#peopleFilterCounty");
        robot.interact(() -> countyFilter.setValue(countyFilter.getItems().stream()
                .filter(c -> c != null && c.code().equals("06")).findFirst().orElseThrow()));
        // The count label follows the rows in a listener on the FX thread: wait for both, not only the rows.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).name().equals("Greta Fiktiva"));
        WaitForAsyncUtils.waitForFxEvents();
        PersonRow row = table.getItems().get(0);
        assertThat(row.organisationName()).isEqualTo("Region Testlän");
        assertThat(row.municipalityName()).isEqualTo("Jönköping");
        assertThat(robot.lookup("#peopleCount").queryAs(Label.class).getText()).isEqualTo("1 personer");

        robot.clickOn("#peopleFilterClear");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
    }

    @Test
    void slåIhopInTheDuplicateWarningPutsTheNewDetailsIntoTheExistingPerson(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navPeople");
        TableView<PersonRow> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        long hugo = table.getItems().get(0).id();

        robot.clickOn("#peopleNew");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#person_firstName").queryAs(TextField.class).setText("Hugo");
            robot.lookup("#person_lastName").queryAs(TextField.class).setText("Påhittad");
            robot.lookup("#person_email").queryAs(TextField.class).setText("HUGO@example.test");
            robot.lookup("#person_phone").queryAs(TextField.class).setText("0701234567");
        });
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#personMerge_" + hugo).tryQuery().isPresent());
        robot.clickOn("#personMerge_" + hugo);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#personForm").tryQuery().isEmpty());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && "070-123 45 67".equals(table.getItems().get(0).phone()));
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Hugo Påhittad");
    }
}
