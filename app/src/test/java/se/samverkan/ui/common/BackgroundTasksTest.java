package se.samverkan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class BackgroundTasksTest {

    /** Holds the submitted work so the test decides in which order it finishes. */
    private final List<Runnable> submitted = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(submitted::add, e -> { });

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSlowEarlierRunDoesNotOverwriteTheResultOfALaterOne() {
        var latest = tasks.latest();
        List<String> shown = new ArrayList<>();
        onFx(() -> {
            latest.run(() -> "gr", shown::add, e -> { });
            latest.run(() -> "greta", shown::add, e -> { });
            submitted.get(1).run();
            submitted.get(0).run();
        });
        assertThat(shown).containsExactly("greta");
    }

    @Test
    void aForgottenRunDeliversNothing() {
        var latest = tasks.latest();
        List<String> shown = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        onFx(() -> {
            latest.run(() -> "greta", shown::add, failed::add);
            latest.<String>run(() -> {
                throw new IllegalStateException("gone");
            }, shown::add, failed::add);
            latest.forget();
            submitted.forEach(Runnable::run);
        });
        assertThat(shown).isEmpty();
        assertThat(failed).isEmpty();
    }
}
