package se.samverkan.ui.unlock;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** Unlocking an existing database: one password, opened in the background, an inline message when it fails. */
public final class UnlockViewModel {

    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canUnlock = password.isNotEmpty().and(busy.not());

    private final WorkspaceGate gate;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final Consumer<OpenedWorkspace> onOpened;

    public UnlockViewModel(WorkspaceGate gate, BackgroundTasks tasks, ErrorMessages errors, Consumer<OpenedWorkspace> onOpened) {
        this.gate = gate;
        this.tasks = tasks;
        this.errors = errors;
        this.onOpened = onOpened;
        password.addListener((obs, was, now) -> error.set(""));
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }

    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        busy.set(true);
        error.set("");
        tasks.run(() -> gate.open(secret))
                .onSuccess(ws -> {
                    password.set("");
                    onOpened.accept(new OpenedWorkspace(ws, null));
                })
                .onError(e -> {
                    password.set("");
                    error.set(errors.describe(e));
                })
                .andFinally(() -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                })
                .start();
    }

    /** For the view: whether to show the message line at all. */
    public javafx.beans.binding.BooleanExpression hasError() {
        return Bindings.isNotEmpty(error);
    }
}
