package se.samverkan.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import se.samverkan.service.StartupOptions;

/** The JavaFX application; the composition root of the window. */
public final class SamverkanApp extends Application {

    private static StartupOptions startupOptions;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(StartupOptions options) {
        startupOptions = options;
        Application.launch(SamverkanApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Samverkan");
        stage.setScene(new Scene(new Label(String.valueOf(startupOptions.dataDir())), 800, 600));
        stage.show();
    }
}
