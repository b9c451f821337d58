package se.samverkan.store;

/** A failure to open or use the database, classified so that the window and the CLI can say what to do. */
public class StoreException extends RuntimeException {

    /** What went wrong, as the user needs to know it. */
    public enum Reason {
        /** The password does not open this database. */
        WRONG_PASSWORD,
        /** Another running Samverkan has the database open. */
        LOCKED,
        /** There is no database in the data folder. */
        NOT_FOUND,
        /** A database already exists where a new one was to be created. */
        ALREADY_EXISTS,
        /** The file is not a readable Samverkan database. */
        DAMAGED,
        /** The folder cannot be written (read-only, full disk, no permission). */
        NOT_WRITABLE,
        /** Anything else. */
        OTHER
    }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
