package se.samverkan.io.sheets;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The one text form of typed values every reader gives, so {@link CellValues} parses all formats alike. */
final class CanonicalText {

    private CanonicalText() {
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    static SheetCell dateCell(Location location, int column, LocalDateTime value) {
        LocalDateTime rounded = value.plusNanos(500_000_000L).truncatedTo(ChronoUnit.SECONDS);
        if (rounded.toLocalTime().toSecondOfDay() == 0) {
            return new SheetCell(location, column, rounded.toLocalDate().toString(), CellKind.DATE);
        }
        return new SheetCell(location, column, rounded.toString(), CellKind.DATE_TIME);
    }
}
