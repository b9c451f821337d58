package se.samverkan.io.sheets;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Parses what people type in Swedish sheets: dates ISO {@code 2026-03-01}, {@code 20260301}, Swedish {@code 1/3 2026}
 * and {@code 1 mars 2026}, or an Excel serial number; numbers with space or no-break-space thousands, decimal comma
 * or point, {@code 1.500,25}, and a percent sign ({@code "12,5 %"} is 12.5: the number as written; a cell typed as a
 * percentage holds the fraction, see {@link CellKind#PERCENT}).
 */
public final class CellValues {

    static final String DATE_KEY = "error.import.value.date";
    static final String NUMBER_KEY = "error.import.value.number";
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})[ /-](\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+([a-zåäö]+)\\.?\\s+(\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(?:\\.\\d+)?");

    private CellValues() {
    }

    public static ValueResult<LocalDate> date(SheetCell cell) {
        return date(cell.text(), cell.location());
    }

    public static ValueResult<LocalDate> date(String text, Location at) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = ISO.matcher(t)).matches() || (m = COMPACT.matcher(t)).matches()) {
                return ValueResult.ok(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            }
            if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
                return ValueResult.ok(LocalDate.of(i(m, 3), i(m, 2), i(m, 1)));
            }
            if ((m = WORDS.matcher(t)).matches() && m.group(2).length() >= 3) {
                int month = MONTHS.indexOf(m.group(2).substring(0, 3)) + 1;
                if (month > 0) {
                    return ValueResult.ok(LocalDate.of(i(m, 3), month, i(m, 1)));
                }
            }
            if (SERIAL.matcher(t).matches()) {
                double serial = Double.parseDouble(t);
                if (serial >= 1 && DateUtil.isValidExcelDate(serial)) {
                    return ValueResult.ok(DateUtil.getLocalDateTime(serial).toLocalDate());
                }
            }
        } catch (DateTimeException e) {
            // 31/02 and the like: no such day, reported below
        }
        return ValueResult.error(at, DATE_KEY, text);
    }

    public static ValueResult<BigDecimal> number(SheetCell cell) {
        return number(cell.text(), cell.location());
    }

    public static ValueResult<BigDecimal> number(String text, Location at) {
        String t = text.strip().replace('\u2212', '-');
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.replaceAll("[\\s\u00A0\u202F]", "");
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            // the later mark is the decimal one: 1.500,25 and 1,500.25
            t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.replace(',', '.');
        }
        try {
            return ValueResult.ok(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return ValueResult.error(at, NUMBER_KEY, text);
        }
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
