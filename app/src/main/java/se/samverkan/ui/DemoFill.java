package se.samverkan.ui;

import se.samverkan.service.Workspace;
import se.samverkan.ui.common.BackgroundTasks;

/** Adapts the demo-data service to the start view's progress and cancel. */
final class DemoFill {

    private DemoFill() {
    }

    static void run(Workspace workspace, BackgroundTasks.Progress progress) {
        throw new IllegalStateException("The demo data service is not merged into this branch yet");
    }
}
