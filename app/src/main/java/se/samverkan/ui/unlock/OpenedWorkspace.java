package se.samverkan.ui.unlock;

import java.util.Objects;
import se.samverkan.service.Workspace;

/**
 * A workspace the start views have opened, with an optional notice for the main window (for example that the demo
 * data was cancelled half-way).
 */
public record OpenedWorkspace(Workspace workspace, String notice) {

    public OpenedWorkspace {
        Objects.requireNonNull(workspace, "workspace");
    }
}
