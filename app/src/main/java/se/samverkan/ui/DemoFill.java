package se.samverkan.ui;

import java.time.LocalDate;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.demo.DemoCancelledException;
import se.samverkan.service.demo.DemoDataService;
import se.samverkan.service.demo.DemoOptions;
import se.samverkan.service.demo.DemoProgress;
import se.samverkan.ui.common.BackgroundTasks;

/**
 * Adapts the demo-data service to the start view: step keys become localized progress text, and a cancel rolls the
 * demo back (the service's contract) while the new, empty database stays.
 */
final class DemoFill {

    private final Messages messages;

    DemoFill(Messages messages) {
        this.messages = messages;
    }

    void run(Workspace workspace, BackgroundTasks.Progress progress) {
        try {
            DemoDataService.fill(workspace, DemoOptions.standard(LocalDate.now()), new DemoProgress() {
                @Override
                public void update(double fraction, String stepKey) {
                    progress.update(fraction, stepKey == null ? null : messages.get(stepKey));
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            });
        } catch (DemoCancelledException e) {
            // Cancelling is the user's choice, not a failure: the empty database opens.
        }
    }
}
