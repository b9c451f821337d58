package se.samverkan.io.sheets;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A file that cannot be read as a table, with what is wrong as a bundle key and its arguments (the file name first):
 * the io layer has no bundle of its own, callers translate with {@link #message(ResourceBundle)} and never show the
 * cause's stack trace. {@link #getMessage()} is English for logs and contains no cell contents.
 */
public final class SheetReadException extends RuntimeException {

    /** What is wrong with the file; each has a message under {@code error.import.*}. */
    public enum Problem {
        EMPTY("error.import.empty"),
        UNSUPPORTED("error.import.unsupported"),
        CORRUPT("error.import.corrupt"),
        ENCRYPTED("error.import.encrypted"),
        ZIP_BOMB("error.import.zipBomb"),
        UNREADABLE("error.import.unreadable");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;
    private final String file;

    public SheetReadException(Problem problem, String file, Throwable cause) {
        super(problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + file, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    public String file() {
        return file;
    }

    /** The bundle key of the message; its one argument is the file name. */
    public String key() {
        return problem.key();
    }

    /** The message in the bundle's language, e.g. "lista.xlsx: filen är skyddad med lösenord …". */
    public String message(ResourceBundle bundle) {
        return new MessageFormat(bundle.getString(key()), bundle.getLocale()).format(new Object[] {file});
    }
}
