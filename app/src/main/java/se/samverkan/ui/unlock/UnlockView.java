package se.samverkan.ui.unlock;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** The unlock screen: password, a button, a spinner while the database opens, the reason when it does not. */
public final class UnlockView {

    private final Parent root;
    private final PasswordField password = new PasswordField();

    public UnlockView(UnlockViewModel model, Messages messages, String dataDirText) {
        password.setId("unlockPassword");
        password.setPromptText(messages.get("ui.unlock.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.busyProperty());
        password.setOnAction(e -> model.unlock());

        var unlock = new Button(messages.get("ui.unlock.open"), Icons.of(Feather.UNLOCK));
        unlock.setId("unlockButton");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.canUnlockProperty().not());
        unlock.setOnAction(e -> model.unlock());

        var spinner = new ProgressIndicator();
        spinner.setId("unlockProgress");
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(model.busyProperty());

        var error = StartLayout.inlineError("unlockError");
        error.textProperty().bind(model.errorProperty());

        HBox.setHgrow(password, Priority.ALWAYS);
        password.setMaxWidth(Double.MAX_VALUE);
        var row = new HBox(8, password, spinner);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        var folder = new javafx.scene.control.Label(messages.get("ui.unlock.folder", dataDirText));
        folder.getStyleClass().add("start-footnote");
        folder.setWrapText(true);

        unlock.setMaxWidth(Double.MAX_VALUE);
        root = StartLayout.frame(messages, "ui.unlock.heading", "ui.unlock.lead",
                StartLayout.fieldLabel(messages, "ui.unlock.password"), row, error, unlock, folder);
    }

    public Parent root() {
        return root;
    }

    /** Where the keyboard goes when the view appears. */
    public void focus() {
        password.requestFocus();
    }
}
