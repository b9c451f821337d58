package se.samverkan.ui;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverkan.service.Messages;
import se.samverkan.service.StartupOptions;

/** The JavaFX application: owns the worker threads and the {@link AppWindow}, the window's composition root. */
public final class SamverkanApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SamverkanApp.class);
    private static StartupOptions startupOptions;

    private ExecutorService workers;
    private AppWindow window;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(StartupOptions options) {
        startupOptions = options;
        Application.launch(SamverkanApp.class);
    }

    @Override
    public void start(Stage stage) {
        workers = Executors.newCachedThreadPool(workerThreads());
        window = new AppWindow(startupOptions, workers, Clock.systemDefaultZone(), new DemoFill(Messages.of(startupOptions.locale()))::run);
        // a written report opens in the system's viewer; HostServices knows it on every OS
        se.samverkan.ui.common.OpenFile.use(path -> getHostServices().showDocument(path.toUri().toString()));
        window.show(stage);
    }

    @Override
    public void stop() {
        try {
            window.close();
        } finally {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warn("Background work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Daemon threads, so a stuck task never keeps the process alive; failures are logged, never lost. */
    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "samverkan-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure in {}", thread.getName(), e));
            return t;
        };
    }
}
