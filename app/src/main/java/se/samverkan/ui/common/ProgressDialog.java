package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import se.samverkan.service.Messages;

/**
 * A small window over the main one that shows a running {@link Task}'s progress and message and lets the user cancel
 * it. It appears only when the task runs longer than {@link #SHOW_AFTER}, so quick work does not flash a window, and
 * closes itself when the task ends however it ends.
 */
public final class ProgressDialog {

    /** Work that finishes sooner than this never shows the dialog. */
    static final Duration SHOW_AFTER = Duration.millis(400);

    private ProgressDialog() {
    }

    /** Watches {@code task}; {@code titleKey} names the work ("Importerar vCard…"). */
    public static void watch(Task<?> task, Window owner, Messages messages, String titleKey) {
        if (task.isDone()) {
            return;
        }
        var title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        var bar = new ProgressBar();
        bar.setId("progressDialogBar");
        bar.setPrefWidth(360);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        var message = new Label();
        message.setId("progressDialogMessage");
        message.textProperty().bind(task.messageProperty());
        var cancel = new Button(messages.get("ui.progress.cancel"));
        cancel.setId("progressDialogCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            task.cancel();
        });
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var row = new HBox(8, message, spacer, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(10, title, bar, row);
        box.setPadding(new Insets(18, 20, 16, 20));
        box.getStyleClass().add("progress-dialog");

        var stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get(titleKey));
        stage.setResizable(false);
        stage.setScene(new Scene(box));
        // closing the window is the same as pressing Avbryt
        stage.setOnCloseRequest(e -> task.cancel());

        var delay = new PauseTransition(SHOW_AFTER);
        delay.setOnFinished(e -> {
            if (!task.isDone()) {
                stage.show();
            }
        });
        task.stateProperty().addListener((obs, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                delay.stop();
                stage.hide();
            }
        });
        delay.play();
    }
}
