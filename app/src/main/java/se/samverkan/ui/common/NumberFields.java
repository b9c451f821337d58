package se.samverkan.ui.common;

import java.math.BigDecimal;
import java.util.List;
import se.samverkan.domain.FieldError;

/**
 * Numbers typed as a Swede writes them: 1 200, 1200,5 or 1200.5 (spaces, including the no-break space a
 * spreadsheet copies, group the thousands; comma or point before decimals). One that cannot be read stops the save.
 */
public final class NumberFields {

    private NumberFields() {
    }

    /** The number typed, or null when empty or not a number. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code text} is empty or a number. */
    public static boolean readable(String text) {
        return text == null || text.isBlank() || parse(text) != null;
    }

    /** How a stored number is shown in a field: without trailing zeros, 12 or 12.5. */
    public static String format(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A "not a number" problem at {@code field} when {@code text} cannot be read. */
    public static List<FieldError> unreadable(String field, String text) {
        return readable(text) ? List.of() : List.of(new FieldError(field, "ui.validation.notANumber"));
    }
}
