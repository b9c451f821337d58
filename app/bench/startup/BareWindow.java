import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for the start-up harness: a bare JavaFX window with one label, started the same way as Samverkan. */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Samverkan");
        stage.setScene(new Scene(new Label("Samverkan"), 1100, 720));
        stage.show();
    }

    /** Launcher class, because a main class extending Application fails from a plain classpath. */
    public static final class Main {
        public static void main(String[] args) {
            BareWindow.main(args);
        }
    }
}
