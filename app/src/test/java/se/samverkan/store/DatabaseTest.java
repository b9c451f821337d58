package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.INDICATOR;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.NUTS_AREA;
import static se.samverkan.store.jooq.Tables.OPERATIONAL_GOAL;
import static se.samverkan.store.jooq.Tables.PROJECT_GOAL;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;

class DatabaseTest {

    private static final char[] PASSWORD = "rätt lösenord 123".toCharArray();

    @TempDir
    Path dir;

    @Test
    void migrationsCreateTheCoreSchemaAndReferenceDataOnAFreshDatabase() {
        try (Database db = Database.create(dir, PASSWORD)) {
            db.inTransactionRun(s -> {
                assertThat(s.dsl().fetchCount(NUTS_AREA)).isEqualTo(8);
                assertThat(s.dsl().fetchCount(COUNTY)).isEqualTo(21);
                assertThat(s.dsl().fetchCount(MUNICIPALITY)).isEqualTo(290);
                assertThat(s.dsl().fetchCount(PROJECT_GOAL)).isEqualTo(3);
                assertThat(s.dsl().fetchCount(OPERATIONAL_GOAL)).isEqualTo(8);
                assertThat(s.dsl().fetchCount(INDICATOR)).isPositive();
                assertThat(s.dsl().fetchValue(COUNTY.REGION_NAME, COUNTY.CODE.eq("08"))).isEqualTo("Region Kalmar län");
                assertThat(s.dsl().fetchValue(NUTS_AREA.NAME_SV, NUTS_AREA.CODE.eq("SE21"))).isEqualTo("Småland med öarna");
            });
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotLoadReferenceDataTwice() {
        try (Database db = Database.create(dir, PASSWORD)) {
            db.inTransaction(s -> s.branches().create(branch("Avdelning Testby", 901)));
        }
        try (Database db = Database.open(dir, PASSWORD)) {
            db.inTransactionRun(s -> {
                assertThat(s.branches().all()).extracting(Branch::name).containsExactly("Avdelning Testby");
                assertThat(s.dsl().fetchCount(MUNICIPALITY)).isEqualTo(290);
            });
        }
    }

    @Test
    void storedStringsAreNotFindableAsPlainTextInTheFile() throws Exception {
        String secret = "Hemligavdelningen Zyxwvå";
        try (Database db = Database.create(dir, PASSWORD)) {
            db.inTransaction(s -> s.branches().create(branch(secret, 902)));
        }
        byte[] file = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
        String asLatin1 = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(asLatin1).startsWith("H2encrypt");
        for (String plain : List.of("Hemligavdelningen", "Zyxw", "Småland", "Kalmar", "BRANCH", "CREATE TABLE")) {
            assertThat(asLatin1).doesNotContain(plain);
            assertThat(asLatin1).doesNotContain(new String(plain.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            assertThat(asLatin1).doesNotContain(new String(plain.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void wrongPasswordIsReportedAsWrongPassword() {
        Database.create(dir, PASSWORD).close();
        assertThatThrownBy(() -> Database.open(dir, "fel".toCharArray()))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.WRONG_PASSWORD);
        // the lock was released: the right password still opens it
        Database.open(dir, PASSWORD).close();
    }

    @Test
    void passwordsWithSpacesAndNonAsciiCharactersWork() {
        char[] odd = "  å ä ö – ✓  ".toCharArray();
        Database.create(dir, odd).close();
        Database.open(dir, odd).close();
        assertThatThrownBy(() -> Database.open(dir, "å ä ö".toCharArray())).isInstanceOf(StoreException.class);
    }

    @Test
    void secondOpenWhileOpenIsRefusedAsLocked() {
        try (Database first = Database.create(dir, PASSWORD)) {
            assertThatThrownBy(() -> Database.open(dir, PASSWORD))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).reason())
                    .isEqualTo(StoreException.Reason.LOCKED);
            assertThat(DatabaseTest.branchesOf(first)).isEmpty();
        }
        Database.open(dir, PASSWORD).close();
    }

    @Test
    void secondProcessIsRefusedAsLocked() throws Exception {
        try (Database ignored = Database.create(dir, PASSWORD)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), dir.toString(), new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(output).isZero();
            assertThat(output).contains("reason=LOCKED");
        }
    }

    @Test
    void openingAFolderWithoutDatabaseSaysNotFound() {
        assertThatThrownBy(() -> Database.open(dir, PASSWORD))
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.NOT_FOUND);
        assertThat(Files.exists(dir.resolve(Database.FILE_NAME))).isFalse();
    }

    @Test
    void creatingOverAnExistingDatabaseIsRefused() {
        Database.create(dir, PASSWORD).close();
        assertThatThrownBy(() -> Database.create(dir, PASSWORD))
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.ALREADY_EXISTS);
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamaged() throws Exception {
        Files.writeString(dir.resolve(Database.FILE_NAME), "this is not an H2 file ".repeat(500));
        assertThatThrownBy(() -> Database.open(dir, PASSWORD))
                .extracting(e -> ((StoreException) e).reason())
                .isEqualTo(StoreException.Reason.DAMAGED);
    }

    @Test
    void aFailingTransactionWritesNothing() {
        try (Database db = Database.create(dir, PASSWORD)) {
            assertThatThrownBy(() -> db.inTransactionRun(s -> {
                s.branches().create(branch("Avdelning Halvvägs", 903));
                throw new IllegalStateException("abort");
            })).hasMessage("abort");
            assertThat(DatabaseTest.branchesOf(db)).isEmpty();
            long auditEntries = db.inTransaction(s -> s.counts().all().of(se.samverkan.domain.RecordKind.AUDIT_ENTRIES));
            assertThat(auditEntries).isZero();
        }
    }

    static List<Branch> branchesOf(Database db) {
        return db.inTransaction(s -> s.branches().all());
    }

    static Branch branch(String name, int number) {
        return new Branch(0, number, name, "SE21", List.of("06"), 2025, null);
    }
}
