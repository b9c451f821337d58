package se.samverkan.service.reports;

import java.util.concurrent.CancellationException;

/** How far a report has come, and whether the user cancelled it (checked between steps; nothing is written then). */
public interface ReportProgress {

    void update(int done, int total);

    boolean cancelled();

    /** For the command line: nobody watches, nobody cancels. */
    ReportProgress NONE = new ReportProgress() {
        @Override
        public void update(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Reports the step and stops the work when cancelled. */
    default void step(int done, int total) {
        if (cancelled()) {
            throw new CancellationException("report cancelled");
        }
        update(done, total);
    }
}
