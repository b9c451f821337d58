package se.samverkan.domain;

import java.time.LocalDateTime;

/** One change as the audit trail keeps it: who, when, what, and the record before and after (JSON text). */
public record AuditEntry(long id, LocalDateTime at, String actor, AuditAction action, String entity, Long entityId,
                         String summary, String beforeJson, String afterJson) {
}
