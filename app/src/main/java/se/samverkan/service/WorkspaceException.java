package se.samverkan.service;

/** Why a workspace could not be opened or used, in terms the window and the CLI turn into a message. */
public class WorkspaceException extends RuntimeException {

    /** The user-facing reasons; each has a localized message under {@code error.<name>}. */
    public enum Reason {
        WRONG_PASSWORD, LOCKED, NOT_FOUND, ALREADY_EXISTS, DAMAGED, NOT_WRITABLE, OTHER
    }

    private final Reason reason;

    public WorkspaceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key for this reason in the resource bundles. */
    public String messageKey() {
        return "error." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
