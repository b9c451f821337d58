package se.samverkan.domain;

/** What a change did; stored with every audit entry. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, RESTORE, DEMO
}
