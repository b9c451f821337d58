package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;
import se.samverkan.ui.common.SaveDialogs;

/** "Exportera…" on a list writes exactly the rows it shows, search and filters applied, in the shown order. */
@ExtendWith(ApplicationExtension.class)
class ListExportFlowTest {

    private static final String PASSWORD = "export-lösen-1";
    private AppWindow window;
    private Path out;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = WindowTestSupport.newDataDir();
        out = Files.createTempDirectory("samverkan-export");
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> {
                var f = new StoreFixture(s);
                long greta = f.person("Greta", "Fiktiva", "greta@example.test", null, true);
                f.politicalOffice(greta, "Kommunfullmäktige Testby", "Exempelpartiet");
                f.person("Greta", "Påhittad", null, null, null);
                f.person("Hugo", "Annan", "hugo@example.test", null, null);
                f.person("Greta", "=Hyperlänk", null, null, null);
                return null;
            });
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        SaveDialogs.replaceChooser(null);
        WindowTestSupport.close(window);
    }

    private TableView<PersonRow> searchedPeople(FxRobot robot, String text, int expected) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navPeople");
        @SuppressWarnings("unchecked")
        TableView<PersonRow> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        robot.interact(() -> robot.lookup("#peopleSearch").queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == expected);
        return table;
    }

    private void export(FxRobot robot, String button, String fileName) throws Exception {
        SaveDialogs.replaceChooser((owner, title, name, types) -> out.resolve(fileName));
        robot.clickOn("#" + button);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#exportDialog").tryQuery().isPresent());
    }

    private void choose(FxRobot robot) throws Exception {
        robot.clickOn("#exportChoose");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportDone").tryQuery().isPresent());
    }

    @Test
    void theSearchedAndResortedPeopleAreExportedToXlsxExactlyAsShown(FxRobot robot) throws Exception {
        TableView<PersonRow> table = searchedPeople(robot, "greta", 3);
        // Sort by name, Z to A: the file keeps the order on the screen
        robot.interact(() -> {
            TableColumn<PersonRow, ?> name = table.getColumns().get(0);
            name.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(name));
        });
        List<Long> shown = table.getItems().stream().map(PersonRow::id).toList();

        export(robot, "peopleExport", "personer.xlsx");
        assertThat(robot.lookup("#exportSensitive").queryAs(CheckBox.class).isSelected()).isFalse();
        choose(robot);

        assertThat(robot.lookup("#exportDone").queryAs(DialogPane.class).getContentText())
                .isEqualTo("3 rader skrivna till " + out.resolve("personer.xlsx"));
        try (InputStream in = Files.newInputStream(out.resolve("personer.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            var fmt = new DataFormatter();
            List<Long> written = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                written.add((long) sheet.getRow(r).getCell(0).getNumericCellValue());
                assertThat(fmt.formatCellValue(sheet.getRow(r).getCell(1))).isEqualTo("Greta");
            }
            assertThat(written).isEqualTo(shown);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("Förnamn", "Efternamn").noneMatch(h -> h.contains("känslig"));
            var injected = sheet.getRow(1 + shown.indexOf(table.getItems().stream()
                    .filter(p -> p.name().contains("=")).findFirst().orElseThrow().id())).getCell(2);
            assertThat(injected.getStringCellValue()).isEqualTo("=Hyperlänk");
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void csvWithACommaAndTheSensitiveColumnsWhenTicked(FxRobot robot) throws Exception {
        searchedPeople(robot, "fiktiva", 1);

        export(robot, "peopleExport", "personer.csv");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Character> separator = robot.lookup("#exportSeparator").queryAs(ComboBox.class);
            separator.setValue(',');
            robot.lookup("#exportSensitive").queryAs(CheckBox.class).setSelected(true);
        });
        choose(robot);

        List<String> lines = Files.readAllLines(out.resolve("personer.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFId,Förnamn,Efternamn,").endsWith(",Politiska uppdrag (känslig)");
        assertThat(lines.get(1)).contains(",Greta,Fiktiva,").endsWith(",ja,,Kommunfullmäktige Testby (Exempelpartiet)");
    }
}
