package se.samverkan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data folder, held while a database is open. H2 locks its file against other processes,
 * but inside one JVM a second open would silently share the database; this lock makes both cases one clear message.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "samverkan.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "Cannot write in the data folder " + dataDir, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw locked(dataDir, null);
            }
            return new DataDirLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw locked(dataDir, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "Cannot lock the data folder " + dataDir, e);
        }
    }

    private static StoreException locked(Path dataDir, Throwable cause) {
        return new StoreException(StoreException.Reason.LOCKED,
                "The database in " + dataDir + " is already open in another Samverkan", cause);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
