package se.samverkan.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;

/** Fits a dialog to its content after the content grew or shrank (hits shown, a row added): a dialog does not resize itself. */
public final class WindowFit {

    private WindowFit() {
    }

    /** Resizes the window {@code node} is shown in, after the current layout pass. */
    public static void refit(Node node) {
        Platform.runLater(() -> {
            if (node.getScene() != null && node.getScene().getWindow() != null) {
                node.getScene().getWindow().sizeToScene();
            }
        });
    }
}
