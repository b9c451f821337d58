package se.samverkan.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** Maps H2's error codes (never its message texts) to what the user needs to know. */
final class StoreErrors {

    static final int WRONG_FILE_PASSWORD = 90049;
    static final int WRONG_USER_PASSWORD = 28000;
    static final int WRONG_PASSWORD_FORMAT = 90050;
    static final int FILE_CORRUPTED = 90030;
    static final int DATABASE_IN_USE = 90020;
    static final int DATABASE_NOT_FOUND = 90146;
    static final int DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90013;
    static final int FILE_VERSION_ERROR = 90048;
    static final int IO_EXCEPTION = 90028;
    static final int IO_EXCEPTION_WITH_FILE = 90031;
    static final int READ_ONLY = 90097;
    static final int GENERAL_ERROR = 50000;

    private StoreErrors() {
    }

    static SQLException findSqlException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    static boolean isStorageProblem(SQLException e) {
        int code = e.getErrorCode();
        return code == IO_EXCEPTION || code == IO_EXCEPTION_WITH_FILE || code == READ_ONLY || code == FILE_CORRUPTED;
    }

    static StoreException classify(SQLException e, Path dataDir) {
        return switch (e.getErrorCode()) {
            case WRONG_FILE_PASSWORD, WRONG_USER_PASSWORD, WRONG_PASSWORD_FORMAT ->
                    new StoreException(StoreException.Reason.WRONG_PASSWORD, "Wrong password for the database in " + dataDir, e);
            case DATABASE_IN_USE ->
                    new StoreException(StoreException.Reason.LOCKED, "The database in " + dataDir + " is already open in another Samverkan", e);
            case DATABASE_NOT_FOUND, DATABASE_NOT_FOUND_WITH_IF_EXISTS ->
                    new StoreException(StoreException.Reason.NOT_FOUND, "No database in " + dataDir, e);
            case FILE_CORRUPTED, FILE_VERSION_ERROR ->
                    new StoreException(StoreException.Reason.DAMAGED, "The database file in " + dataDir + " is damaged or not a Samverkan database", e);
            case IO_EXCEPTION, IO_EXCEPTION_WITH_FILE, READ_ONLY ->
                    new StoreException(StoreException.Reason.NOT_WRITABLE, "The data folder " + dataDir + " cannot be written (full disk or read-only?)", e);
            default -> new StoreException(StoreException.Reason.OTHER, "Database error " + e.getErrorCode() + " in " + dataDir, e);
        };
    }
}
