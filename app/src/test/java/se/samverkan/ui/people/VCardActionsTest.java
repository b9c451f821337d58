package se.samverkan.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.PeopleService;
import se.samverkan.store.StoreFixture;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** The vCard menu's main paths, with the file chooser replaced by a fixed file. All people are fictional. */
@ExtendWith(ApplicationExtension.class)
class VCardActionsTest {

    private Path dir;
    private Path file;
    private Workspace workspace;
    private PeopleViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vcard-ui");
        file = dir.resolve("kort.vcf");
        workspace = Workspace.create(dir.resolve("data"), "pw-for-tests".toCharArray());
        workspace.inTransaction(s -> new StoreFixture(s).person("Hugo", "Påhittad", "hugo@example.se", null, true));
        Messages messages = Messages.of(Messages.SWEDISH);
        ErrorMessages errors = new ErrorMessages(messages);
        model = new PeopleViewModel(new PeopleService(workspace), new BackgroundTasks(Runnable::run, errors::describe), errors);
        var actions = new VCardActions(model, messages, save -> file);
        stage.setScene(new Scene(new VBox(actions.menu()), 400, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
    }

    @Test
    void importShowsThePreviewWithErrorsThenImportsTheValidCardsAndReloadsTheList(FxRobot robot) throws Exception {
        Files.writeString(file, """
                BEGIN:VCARD
                VERSION:3.0
                N:Påhittad;Hugo;;;
                EMAIL:HUGO@example.se
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Fiktiv;Ylva;;;
                TEL:070-174 06 05
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                TITLE:Namnlös
                END:VCARD
                """, StandardCharsets.UTF_8);

        robot.clickOn("#vcardMenu").clickOn("Importera vCard…");
        waitFor(robot, "#vcardPreview");

        assertThat(robot.lookup("#vcardSummary").queryAs(Label.class).getText())
                .isEqualTo("Provkörning: 1 nya, 0 uppdateras, 0 oförändrade, 1 hoppas över, 1 med fel. Inget sparades.");
        assertThat(robot.lookup("#vcardErrors").queryTextInputControl().getText())
                .isEqualTo("kort.vcf:kort 3:rad 11:N: Kortet har inget namn (varken N eller FN)");
        assertThat(robot.lookup("#vcardOnDuplicate").tryQuery()).get().matches(javafx.scene.Node::isVisible);
        assertThat(robot.lookup("#vcardRun").queryButton().getText()).isEqualTo("Importera de giltiga");

        robot.clickOn("#vcardRun");
        waitFor(robot, "#vcardImportDone");

        assertThat(robot.lookup("#vcardImportDone").queryAs(DialogPane.class).getContentText())
                .startsWith("Klart: 1 skapade, 0 uppdaterade, 0 oförändrade, 1 överhoppade, 1 med fel.")
                .contains("En säkerhetskopia togs först");
        assertThat(model.rows()).extracting(PersonRow::name).containsExactly("Ylva Fiktiv", "Hugo Påhittad");
    }

    @Test
    void exportWritesEveryPersonAndSaysSensitiveDataIsNeverIncluded(FxRobot robot) throws Exception {
        robot.clickOn("#vcardMenu").clickOn("Exportera vCard…");
        waitFor(robot, "#vcardExportDone");

        assertThat(robot.lookup("#vcardExportDone").queryAs(DialogPane.class).getContentText())
                .startsWith("1 personer exporterade till").contains("ingår aldrig");
        assertThat(Files.readString(file)).contains("FN:Hugo Påhittad").doesNotContainIgnoringCase("facket");
    }
}
