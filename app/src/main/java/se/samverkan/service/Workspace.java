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
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

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

    /** Runs a use case that may write, in one transaction; counts as a change (see {@link #changeCount()}). */
    public <T> T inTransaction(Function<StoreSession, T> work) {
        try {
            return translate(() -> database.inTransaction(work));
        } finally {
            // Also after a failure: a rolled-back change costs a cache rebuild at most, a missed one a stale cache.
            changes.incrementAndGet();
        }
    }

    /** Runs a use case that only reads, in one transaction; it must not write. */
    public <T> T read(Function<StoreSession, T> work) {
        return translate(() -> database.inTransaction(work));
    }

    /** Grows with every writing use case: what a service caches from the data is stale once this has moved on. */
    public long changeCount() {
        return changes.get();
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
