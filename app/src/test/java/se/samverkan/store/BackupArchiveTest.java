package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;

class BackupArchiveTest {

    private static final char[] PASSWORD = "backup-lösen".toCharArray();

    @TempDir
    Path dir;

    @Test
    void restoreBringsBackTheStateAtBackupTimeAndKeepsTheReplacedOne() throws Exception {
        Path backup = dir.resolve("kopia.zip");
        try (Database db = Database.create(dir, PASSWORD)) {
            db.inTransaction(s -> s.branches().create(DatabaseTest.branch("Avdelning Före", 920)));
            db.backupTo(backup);
            db.inTransaction(s -> s.branches().create(DatabaseTest.branch("Avdelning Efter", 921)));
        }
        Path safety = BackupArchive.restore(dir, backup, PASSWORD);

        try (Database db = Database.open(dir, PASSWORD)) {
            assertThat(DatabaseTest.branchesOf(db)).extracting(Branch::name).containsExactly("Avdelning Före");
        }
        assertThat(safety).exists();
        Path other = Files.createDirectories(dir.resolve("other"));
        BackupArchive.restore(other, safety, PASSWORD);
        try (Database db = Database.open(other, PASSWORD)) {
            assertThat(DatabaseTest.branchesOf(db)).extracting(Branch::name)
                    .containsExactlyInAnyOrder("Avdelning Före", "Avdelning Efter");
        }
    }

    @Test
    void backupIsEncrypted() throws Exception {
        Path backup = dir.resolve("kopia.zip");
        try (Database db = Database.create(dir, PASSWORD)) {
            db.inTransaction(s -> s.branches().create(DatabaseTest.branch("Avdelning Qwertzu", 922)));
            db.backupTo(backup);
        }
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            var entry = zip.getNextEntry();
            assertThat(entry).isNotNull();
            Files.copy(zip, unpacked.resolve("x.mv.db"));
        }
        String content = Files.readString(unpacked.resolve("x.mv.db"), StandardCharsets.ISO_8859_1);
        assertThat(content).startsWith("H2encrypt").doesNotContain("Qwertzu");
    }

    @Test
    void restoreWithAnotherPasswordChangesNothing() {
        Path backup = dir.resolve("kopia.zip");
        try (Database db = Database.create(dir, PASSWORD)) {
            db.inTransaction(s -> s.branches().create(DatabaseTest.branch("Avdelning Kvar", 923)));
            db.backupTo(backup);
        }
        assertThatThrownBy(() -> BackupArchive.restore(dir, backup, "annat".toCharArray()))
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.WRONG_PASSWORD);
        try (Database db = Database.open(dir, PASSWORD)) {
            assertThat(DatabaseTest.branchesOf(db)).extracting(Branch::name).containsExactly("Avdelning Kvar");
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.zip"), "nope");
        assertThatThrownBy(() -> BackupArchive.restore(dir, junk, PASSWORD))
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.DAMAGED);
    }
}
