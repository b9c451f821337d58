package se.samverkan.ui.unlock;

import se.samverkan.service.Workspace;
import se.samverkan.ui.common.BackgroundTasks;

/** How the start views reach the data folder; the composition root binds it to the real services. */
public interface WorkspaceGate {

    Workspace create(char[] password);

    Workspace open(char[] password);

    /** Fills a new workspace with the fictional demo data, reporting progress; returns early when cancelled. */
    void fillDemo(Workspace workspace, BackgroundTasks.Progress progress);
}
