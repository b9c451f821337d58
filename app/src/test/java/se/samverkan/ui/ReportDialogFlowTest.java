package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.Branch;
import se.samverkan.service.Workspace;
import se.samverkan.service.reports.ReportKind;
import se.samverkan.ui.common.OpenFile;
import se.samverkan.ui.common.SaveDialogs;

/**
 * Issue #7's window path: from Verksamhetsmål, "Skriv rapport…" → a board report for a branch without the network
 * part → the PDF is written, opened and read back; the dialog remembers the choices the next time.
 */
@ExtendWith(ApplicationExtension.class)
class ReportDialogFlowTest {

    private static final String PASSWORD = "rapport-lösen-1";
    private AppWindow window;
    private Path dataDir;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> {
                s.branches().create(new Branch(0, 976, "Testavdelningen Väst", "SE21", List.of("06"), null, null));
                return s.branches().create(new Branch(0, 977, "Testavdelningen Öst", "SE21", List.of("06"), null,
                        null));
            });
        }
        OpenFile.use(opened::add);
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        SaveDialogs.replaceChooser(null);
        OpenFile.use(null);
        WindowTestSupport.close(window);
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBoardReportIsWrittenFromTheDialogAndItsChoicesAreRemembered(FxRobot robot) throws Exception {
        Path pdf = dataDir.resolveSibling(dataDir.getFileName() + "-ut").resolve("styrelsen.pdf");
        SaveDialogs.replaceChooser((owner, title, name, types) -> pdf);
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navGoals");
        robot.clickOn("#goalReport");
        waitFor(robot, "#reportDialog");
        ComboBox<Branch> branch = robot.lookup("#reportBranch").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> branch.getItems().size() == 2);
        robot.interact(() -> branch.getSelectionModel().select(
                branch.getItems().stream().filter(b -> b.number() == 977).findFirst().orElseThrow()));
        robot.clickOn("#reportSectionNETWORK");
        assertThat(robot.lookup("#reportSensitive").queryAs(CheckBox.class).isSelected()).isFalse();

        robot.clickOn("#reportWrite");
        assertThat(robot.lookup("#reportProblem").queryAs(Label.class).getText()).contains("Välj var");
        robot.clickOn("#reportChoose");
        robot.clickOn("#reportWrite");

        waitFor(robot, "#reportDone");
        assertThat(opened).containsExactly(pdf);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Rapport till avdelningsstyrelsen", "Testavdelningen Öst", "Samverkansforum")
                    .doesNotContain("Nätverk och kontakter");
        }
        assertThat(Files.size(pdf)).isPositive();
        robot.type(javafx.scene.input.KeyCode.ENTER);

        // the next time the dialog opens with the same branch and without the network part
        robot.clickOn("#goalReport");
        waitFor(robot, "#reportDialog");
        ComboBox<Branch> again = robot.lookup("#reportBranch").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getValue() != null
                && again.getValue().number() == 977);
        assertThat(robot.lookup("#reportSectionNETWORK").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#reportKind").queryAs(ComboBox.class).getValue()).isEqualTo(ReportKind.BOARD);
        robot.clickOn("#reportCancel");
    }
}
