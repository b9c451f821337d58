package se.samverkan.ui.unlock;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * First start: choose a password (twice, at least {@value PasswordStrength#MIN_LENGTH} characters), then start with
 * an empty database or with the fictional demo data. Creating and filling run in one background task that the user
 * can cancel while the demo data is written.
 */
public final class FirstStartViewModel {

    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final ObjectBinding<PasswordStrength> strength;
    private final StringBinding validation;
    private final BooleanBinding canStart;

    private final WorkspaceGate gate;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final Messages messages;
    private final Consumer<OpenedWorkspace> onOpened;
    private volatile boolean cancelRequested;

    public FirstStartViewModel(WorkspaceGate gate, BackgroundTasks tasks, ErrorMessages errors, Messages messages,
                               Consumer<OpenedWorkspace> onOpened) {
        this.gate = gate;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        this.onOpened = onOpened;
        strength = Bindings.createObjectBinding(() -> PasswordStrength.of(password.get()), password);
        validation = Bindings.createStringBinding(this::validate, password, repeat);
        canStart = Bindings.createBooleanBinding(() -> validate().isEmpty() && !repeat.get().isEmpty(), password, repeat)
                .and(busy.not());
    }

    private String validate() {
        String pw = password.get();
        if (pw.isEmpty()) {
            return "";
        }
        if (pw.length() < PasswordStrength.MIN_LENGTH) {
            return messages.get("ui.first.password.tooShort", PasswordStrength.MIN_LENGTH);
        }
        if (!repeat.get().isEmpty() && !repeat.get().equals(pw)) {
            return messages.get("ui.first.password.mismatch");
        }
        return "";
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ObjectBinding<PasswordStrength> strengthProperty() {
        return strength;
    }

    /** Why the passwords cannot be used yet, or empty. */
    public StringBinding validationProperty() {
        return validation;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable;
    }

    /** 0..1 while the demo data is written, -1 (indeterminate) while the database is created. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage;
    }

    public void startEmpty() {
        start(false);
    }

    public void startWithDemo() {
        start(true);
    }

    /** Stops writing demo data (the demo rolls back); the new, empty database still opens. */
    public void cancel() {
        if (busy.get() && cancellable.get()) {
            cancelRequested = true;
            cancellable.set(false);
        }
    }

    private void start(boolean demo) {
        if (!canStart.get()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        busy.set(true);
        cancellable.set(demo);
        error.set("");
        progressMessage.set(messages.get("ui.first.creating"));
        cancelRequested = false;
        progress.unbind();
        progressMessage.unbind();
        progress.set(-1);
        Task<OpenedWorkspace> task = tasks.<OpenedWorkspace>runWithProgress(p -> {
                    var ws = gate.create(secret);
                    if (!demo) {
                        return new OpenedWorkspace(ws, null);
                    }
                    DemoCancellation cancellation = new DemoCancellation(p);
                    gate.fillDemo(ws, cancellation);
                    return new OpenedWorkspace(ws, cancellation.cancelled() ? messages.get("ui.first.demo.cancelled") : null);
                })
                .onSuccess(this::opened)
                .onError(e -> error.set(errors.describe(e)))
                .andFinally(() -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    cancellable.set(false);
                })
                .start();
        progress.bind(task.progressProperty());
        progressMessage.bind(Bindings.when(task.messageProperty().isEmpty())
                .then(messages.get("ui.first.creating")).otherwise(task.messageProperty()));
    }

    private void opened(OpenedWorkspace opened) {
        password.set("");
        repeat.set("");
        onOpened.accept(opened);
    }

    /**
     * The demo may be cancelled without cancelling the task: the database exists either way and the window should
     * open it. The task's own cancel flag would throw the result away, so the flag lives here.
     */
    private final class DemoCancellation implements BackgroundTasks.Progress {
        private final BackgroundTasks.Progress delegate;

        DemoCancellation(BackgroundTasks.Progress delegate) {
            this.delegate = delegate;
        }

        @Override
        public void update(double fraction, String message) {
            delegate.update(fraction, message);
        }

        @Override
        public boolean cancelled() {
            return cancelRequested;
        }
    }
}
