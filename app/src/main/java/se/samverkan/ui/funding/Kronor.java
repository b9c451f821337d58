package se.samverkan.ui.funding;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts in SEK as Swedes write them, "1 234 567 kr" (öre only when there are any), whatever the window's language:
 * the budgets are Swedish applications and are read against them.
 */
final class Kronor {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Kronor() {
    }

    static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount) + " kr";
    }

    /** A percentage as typed in the application: 54 or 54,5. */
    static String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
