package se.samverkan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.service.Messages;

@ExtendWith(ApplicationExtension.class)
class RecordListPaneTest {

    private RecordListPane<String> pane;
    private Button add;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages messages = Messages.of(Messages.SWEDISH);
        ErrorMessages errors = new ErrorMessages(messages);
        pane = new RecordListPane<>("test", new RecordListPane.Texts("ui.nav.people", "ui.people.search.prompt",
                "ui.people.empty", "ui.people.count"), messages, new SimpleStringProperty(""),
                new ListLoader<>(new BackgroundTasks(Runnable::run, errors::describe), errors), () -> { });
        add = new Button("Ny person med en lång text", Icons.of(Feather.USER_PLUS));
        pane.actions(add, new Button("Ändra uppgifterna", Icons.of(Feather.EDIT_2)),
                new Button("Ta bort personen", Icons.of(Feather.TRASH_2)));
        // the stage is shared between test classes; an earlier one may have given it a minimum size
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(new Scene(pane.root(), 1000, 400));
        stage.setWidth(1000);
        stage.show();
    }

    @Test
    void actionsShowOnlyTheirIconsWhenTheAreaIsTooNarrowForTheirTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.compactActions()).isFalse();
        assertThat(add.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);

        robot.interact(() -> stage.setWidth(420));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.compactActions()).isTrue();
        assertThat(add.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(add.getTooltip().getText()).isEqualTo("Ny person med en lång text");

        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.compactActions()).isFalse();
        assertThat(add.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
    }
}
