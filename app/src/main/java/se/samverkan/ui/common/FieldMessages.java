package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import se.samverkan.service.Messages;

/** The message under a form field, and the small habits every form dialog shares. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * A label that shows the message of field {@code name} from {@code fieldErrors} (bundle keys) and marks
     * {@code input} as invalid while there is one; {@code onChange} runs after each change (to resize the window).
     */
    public static Label under(Region input, String id, String name, ObservableMap<String, String> fieldErrors,
                              Messages messages, Runnable onChange) {
        var error = new Label();
        error.setId(id);
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.setWrapText(true);
        error.setMaxWidth(340);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setVisible(false);
        error.setManaged(false);
        fieldErrors.addListener((MapChangeListener<String, String>) c -> {
            String key = fieldErrors.get(name);
            error.setText(key == null ? "" : messages.get(key));
            error.setVisible(key != null);
            error.setManaged(key != null);
            input.pseudoClassStateChanged(Styles.STATE_DANGER, key != null);
            onChange.run();
        });
        return error;
    }

    /** Messages and lists add height; without a window manager the window would not grow by itself. */
    public static void fit(Dialog<?> dialog) {
        var scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() != null) {
            scene.getWindow().sizeToScene();
        }
    }

    /** Closes a dialog whose buttons only check and save (their clicks are consumed). */
    public static void close(Dialog<ButtonType> dialog) {
        dialog.setResult(ButtonType.OK);
        dialog.close();
    }
}
