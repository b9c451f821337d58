package se.samverkan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups are zip files holding the encrypted database file as it is (H2's {@code BACKUP TO} format), so nothing in
 * them is readable without the password. Restoring checks the backup opens with the password before it replaces
 * anything, and keeps a backup of the current state first.
 */
public final class BackupArchive {

    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupArchive() {
    }

    /** A new file name in the data folder's backup folder, e.g. {@code backups/samverkan-20261125-101500-manual.zip}. */
    public static Path newBackupFile(Path dataDir, String label) {
        String base = "samverkan-" + LocalDateTime.now().format(STAMP) + "-" + label;
        Path file = dataDir.resolve(FOLDER).resolve(base + ".zip");
        for (int i = 2; Files.exists(file); i++) {
            file = dataDir.resolve(FOLDER).resolve(base + "-" + i + ".zip");
        }
        return file;
    }

    /**
     * Replaces the database of a (closed) data folder with the one in the backup. Returns the backup made of the
     * state that was replaced, or null if the folder had no database.
     */
    public static Path restore(Path dataDir, Path backupZip, char[] password) {
        if (!Files.isRegularFile(backupZip)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "No backup file " + backupZip);
        }
        try (DataDirLock ignored = DataDirLock.acquire(dataDir)) {
            Path candidate = dataDir.resolve("restore-candidate.mv.db");
            Files.deleteIfExists(candidate);
            extractDatabase(backupZip, candidate);
            try {
                Database.verify(candidate, password);
            } catch (StoreException e) {
                Files.deleteIfExists(candidate);
                throw e;
            }
            Path current = dataDir.resolve(Database.FILE_NAME);
            Path safety = null;
            if (Files.exists(current)) {
                safety = newBackupFile(dataDir, "before-restore");
                zipDatabaseFile(current, safety);
            }
            Files.move(candidate, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return safety;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "Cannot restore into " + dataDir, e);
        }
    }

    private static void extractDatabase(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (!entry.isDirectory() && name.endsWith(".mv.db")) {
                    copy(in, target);
                    return;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StoreException(StoreException.Reason.DAMAGED, "Not a Samverkan backup: " + zip, e);
        }
        throw new StoreException(StoreException.Reason.DAMAGED, "Not a Samverkan backup (no database inside): " + zip);
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    private static void zipDatabaseFile(Path dbFile, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(Database.FILE_NAME));
            Files.copy(dbFile, out);
            out.closeEntry();
        }
    }
}
