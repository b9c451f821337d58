package se.samverkan.ui;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import se.samverkan.service.Workspace;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.unlock.WorkspaceGate;

/** The start views' access to the data folder of this run: create, open, and fill with demo data. */
final class DataFolderGate implements WorkspaceGate {

    private final Path dataDir;
    private final BiConsumer<Workspace, BackgroundTasks.Progress> demoFiller;

    DataFolderGate(Path dataDir, BiConsumer<Workspace, BackgroundTasks.Progress> demoFiller) {
        this.dataDir = dataDir;
        this.demoFiller = demoFiller;
    }

    @Override
    public Workspace create(char[] password) {
        return Workspace.create(dataDir, password);
    }

    @Override
    public Workspace open(char[] password) {
        return Workspace.open(dataDir, password);
    }

    @Override
    public void fillDemo(Workspace workspace, BackgroundTasks.Progress progress) {
        demoFiller.accept(workspace, progress);
    }
}
