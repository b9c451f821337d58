package se.samverkan.ui.unlock;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** The first-start screen: choose a password, then an empty start or the demo data, with progress and cancel. */
public final class FirstStartView {

    private final Parent root;
    private final PasswordField password = new PasswordField();

    public FirstStartView(FirstStartViewModel model, Messages messages) {
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        var repeat = new PasswordField();
        repeat.setId("passwordRepeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        password.disableProperty().bind(model.busyProperty());
        repeat.disableProperty().bind(model.busyProperty());

        var strength = new Label();
        strength.setId("strength");
        strength.getStyleClass().add("strength-hint");
        strength.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(model.strengthProperty().get().messageKey()), model.strengthProperty()));
        model.strengthProperty().addListener((obs, was, now) -> {
            strength.getStyleClass().removeAll("strength-weak", "strength-fair", "strength-strong");
            strength.getStyleClass().add("strength-" + now.name().toLowerCase(java.util.Locale.ROOT));
        });

        var validation = StartLayout.inlineError("passwordValidation");
        validation.textProperty().bind(model.validationProperty());
        var error = StartLayout.inlineError("firstStartError");
        error.textProperty().bind(model.errorProperty());

        var empty = new Button(messages.get("ui.first.empty"), Icons.of(Feather.FILE));
        empty.setId("startEmpty");
        var demo = new Button(messages.get("ui.first.demo"), Icons.of(Feather.PLAY_CIRCLE));
        demo.setId("startDemo");
        demo.getStyleClass().add(Styles.ACCENT);
        for (Button b : new Button[] {empty, demo}) {
            b.disableProperty().bind(model.canStartProperty().not());
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        empty.setOnAction(e -> model.startEmpty());
        demo.setOnAction(e -> model.startWithDemo());
        var choices = new HBox(10, empty, demo);
        var choiceHint = new Label(messages.get("ui.first.choiceHint"));
        choiceHint.getStyleClass().add("start-footnote");
        choiceHint.setWrapText(true);

        root = StartLayout.frame(messages, "ui.first.heading", "ui.first.lead",
                StartLayout.fieldLabel(messages, "ui.first.password"), password, strength,
                StartLayout.fieldLabel(messages, "ui.first.repeat"), repeat, validation,
                choices, choiceHint, progressBox(model, messages), error);
    }

    private static VBox progressBox(FirstStartViewModel model, Messages messages) {
        var bar = new ProgressBar();
        bar.setId("progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        var message = new Label();
        message.setId("progressMessage");
        message.getStyleClass().add("start-footnote");
        message.textProperty().bind(model.progressMessageProperty());
        var cancel = new Button(messages.get("ui.first.cancel"));
        cancel.setId("cancelDemo");
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.setOnAction(e -> model.cancel());
        var row = new HBox(8, message, new javafx.scene.layout.Region(), cancel);
        HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var box = new VBox(6, bar, row);
        box.visibleProperty().bind(model.busyProperty());
        box.managedProperty().bind(model.busyProperty());
        return box;
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        password.requestFocus();
    }
}
