package se.samverkan.service;

import java.nio.file.Path;
import java.util.function.Function;
import se.samverkan.domain.RecordCounts;
import se.samverkan.store.BackupArchive;
import se.samverkan.store.Database;
import se.samverkan.store.StoreException;
import se.samverkan.store.StoreSession;

/**
 * One open, unlocked data folder: the entry point from the window and the CLI to every use case. Create it with
 * {@link #create} or {@link #open}; close it when done.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;

    private Workspace(Database database) {
        this.database = database;
    }

    /** The data folder to use: {@code explicit} if given, else {@code SAMVERKAN_DATA_DIR}, else the per-OS default. */
    public static Path resolveDataDir(Path explicit) {
        return se.samverkan.store.DataDirectory.resolve(explicit);
    }

    public static boolean exists(Path dataDir) {
        return Database.exists(dataDir);
    }

    public static Workspace create(Path dataDir, char[] password) {
        return new Workspace(translate(() -> Database.create(dataDir, password)));
    }

    public static Workspace open(Path dataDir, char[] password) {
        return new Workspace(translate(() -> Database.open(dataDir, password)));
    }

    /** Replaces the database of a closed data folder with a backup; returns the safety backup of what it replaced. */
    public static Path restore(Path dataDir, Path backupZip, char[] password) {
        return translate(() -> BackupArchive.restore(dataDir, backupZip, password));
    }

    public Path dataDir() {
        return database.dataDir();
    }

    public RecordCounts counts() {
        return read(session -> session.counts().all());
    }

    /** Writes an encrypted backup; {@code target} null means a new file in the data folder's backup folder. */
    public Path backup(Path target, String label) {
        Path file = target != null ? target.toAbsolutePath() : BackupArchive.newBackupFile(dataDir(), label);
        translate(() -> {
            database.backupTo(file);
            return null;
        });
        return file;
    }

    /** Runs a use case in one transaction (for the services of this package and its sub-packages). */
    public <T> T inTransaction(Function<StoreSession, T> work) {
        return translate(() -> database.inTransaction(work));
    }

    /** Reads in one transaction; the same as {@link #inTransaction}, named for intent. */
    public <T> T read(Function<StoreSession, T> work) {
        return inTransaction(work);
    }

    /** Shrinks the database file when the workspace closes (after a bulk load; closing then takes longer). */
    public void compactOnClose() {
        database.compactOnClose();
    }

    @Override
    public void close() {
        database.close();
    }

    static <T> T translate(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (StoreException e) {
            throw new WorkspaceException(WorkspaceException.Reason.valueOf(e.reason().name()), e.getMessage(), e);
        }
    }
}
