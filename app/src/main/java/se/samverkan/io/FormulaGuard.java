package se.samverkan.io;

/**
 * Keeps text from being read as a formula (CSV/formula injection, OWASP): a value typed by someone else, such as a
 * name beginning with {@code =HYPERLINK(…)}, must not run when the coordinator opens the export. Every writer under
 * {@code io} that writes cells asks this class; each writes the guarded text its own way (see decision 0020).
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /**
     * Whether a spreadsheet could evaluate {@code text}: it starts with {@code =}, {@code +}, {@code -}, {@code @}, a
     * tab or a carriage return. Numbers passed as numbers are never text, so a negative number is not caught here.
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * The text for a CSV field: an apostrophe before text that looks like a formula, as OWASP advises. Excel and
     * LibreOffice show the apostrophe, but no program reading CSV evaluates the field.
     */
    public static String csvField(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
