package se.samverkan;

import se.samverkan.cli.SamverkanCli;
import se.samverkan.ui.SamverkanApp;

/**
 * The jar's main class. It is not a JavaFX {@code Application} (that fails from a plain jar on the classpath), and
 * it hands the window to the CLI as a callback so that {@code cli} never depends on {@code ui}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int status = SamverkanCli.run(args, SamverkanApp::launchWindow);
        if (status >= 0) {
            System.exit(status);
        }
    }
}
