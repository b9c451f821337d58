package se.samverkan.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import se.samverkan.service.Messages;

/** The short messages after an action (an export written, a file that could not be read), over the main window. */
public final class Alerts {

    private Alerts() {
    }

    /** An information with "Stäng"; {@code id} names its pane (tests find it by that). */
    public static void inform(Window owner, Messages messages, String id, String message) {
        show(Alert.AlertType.INFORMATION, owner, messages, id, message);
    }

    /** An error with "Stäng"; {@code id} names its pane. */
    public static void error(Window owner, Messages messages, String id, String message) {
        show(Alert.AlertType.ERROR, owner, messages, id, message);
    }

    private static void show(Alert.AlertType type, Window owner, Messages messages, String id, String message) {
        var alert = new Alert(type, message, new ButtonType(messages.get("ui.vcard.close"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.getDialogPane().setId(id);
        alert.show();
    }
}
