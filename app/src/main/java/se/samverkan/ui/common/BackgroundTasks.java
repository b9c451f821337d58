package se.samverkan.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread as a {@link Task} on an injected executor, with callbacks on the FX thread. Tests pass
 * a same-thread executor and call from the FX thread, so everything completes before the call returns.
 */
public final class BackgroundTasks {

    private final Executor executor;
    private final Consumer<Throwable> defaultErrorHandler;

    public BackgroundTasks(Executor executor, Consumer<Throwable> defaultErrorHandler) {
        this.executor = Objects.requireNonNull(executor);
        this.defaultErrorHandler = Objects.requireNonNull(defaultErrorHandler);
    }

    /** Work without progress reporting. */
    public <T> Builder<T> run(java.util.concurrent.Callable<T> work) {
        return new Builder<>(progress -> work.call());
    }

    /** Work that reports progress and may be cancelled. */
    public <T> Builder<T> runWithProgress(ProgressWork<T> work) {
        return new Builder<>(work);
    }

    /** A line of repeated work where only the newest run's result counts; see {@link Latest}. */
    public Latest latest() {
        return new Latest();
    }

    /**
     * Repeated work of one kind — search as you type, a list reloaded by its filters, a record re-read — where a
     * slower earlier run must not overwrite the result of a later one: only the newest run's result or failure is
     * delivered.
     */
    public final class Latest {
        private long generation;

        private Latest() {
        }

        public <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
            long mine = ++generation;
            BackgroundTasks.this.run(work)
                    .onSuccess(value -> {
                        if (mine == generation) {
                            onResult.accept(value);
                        }
                    })
                    .onError(e -> {
                        if (mine == generation) {
                            onError.accept(e);
                        }
                    })
                    .start();
        }

        /** Drops the result of any run under way (the query was cleared, the record closed). */
        public void forget() {
            generation++;
        }
    }

    /** Work that receives a progress sink. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** What the worker sees of its task: report progress, ask whether the user cancelled. */
    public interface Progress {
        void update(double fraction, String message);

        boolean cancelled();
    }

    /** Fluent set-up of one background task; {@link #start()} hands it to the executor. */
    public final class Builder<T> {
        private final ProgressWork<T> work;
        private Consumer<T> onSuccess = value -> { };
        private Consumer<Throwable> onError = defaultErrorHandler;
        private Runnable onCancelled = () -> { };
        private Runnable andFinally = () -> { };

        private Builder(ProgressWork<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = Objects.requireNonNull(handler);
            return this;
        }

        /** Starts the task; its progress and message properties are for binding (updated at a bounded rate). */
        public Task<T> start() {
            Task<T> task = new WorkTask<>(work);
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                try {
                    onError.accept(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnCancelled(e -> {
                try {
                    onCancelled.run();
                } finally {
                    andFinally.run();
                }
            });
            executor.execute(task);
            return task;
        }
    }

    private static final class WorkTask<T> extends Task<T> {
        private final ProgressWork<T> work;

        WorkTask(ProgressWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(new Progress() {
                @Override
                public void update(double fraction, String message) {
                    updateProgress(Math.max(0, Math.min(1, fraction)), 1);
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            });
        }
    }
}
