package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.AuditEntry;
import se.samverkan.domain.Branch;

class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void everyChangeWritesAnAuditEntryWithBeforeAndAfter() {
        try (Database db = Database.create(dir, "lösenord1".toCharArray())) {
            Branch created = db.inTransaction(s -> s.branches().create(DatabaseTest.branch("Avdelning Gamla", 910)));
            db.inTransaction(s -> s.branches().update(new Branch(created.id(), 910, "Avdelning Nya", "SE21", List.of("06", "07"), 2025, null)));
            db.inTransactionRun(s -> s.branches().delete(created.id()));

            List<AuditEntry> trail = db.inTransaction(s -> s.audit().forRecord("branch", created.id()));
            assertThat(trail).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
            assertThat(trail.get(0).beforeJson()).isNull();
            assertThat(trail.get(0).afterJson()).contains("Avdelning Gamla");
            assertThat(trail.get(1).beforeJson()).contains("Avdelning Gamla");
            assertThat(trail.get(1).afterJson()).contains("Avdelning Nya");
            assertThat(trail.get(2).beforeJson()).contains("Avdelning Nya");
            assertThat(trail.get(2).afterJson()).isNull();
            assertThat(trail).allSatisfy(e -> {
                assertThat(e.actor()).isNotBlank();
                assertThat(e.at()).isNotNull();
            });
        }
    }
}
