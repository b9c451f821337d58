package se.samverkan.io.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CellValuesTest {

    private static final Location AT = new Location("lista.xlsx", "Blad1", 4, "C");

    @Test
    void swedishIsoCompactWordAndSerialDatesAreRead() {
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        for (String text : new String[] {"2026-03-01", "1/3 2026", "1 mars 2026", "1 Mar 2026", "20260301", "46082", "2026-03-01T08:30"}) {
            assertThat(CellValues.date(text, AT).value()).as(text).isEqualTo(march1);
        }
    }

    @Test
    void anImpossibleDateGivesALocatedMessage() {
        ValueResult<LocalDate> result = CellValues.date("31/02", AT);
        assertThat(result.isOk()).isFalse();
        assertThat(result.message(ResourceBundle.getBundle("i18n.messages", new Locale("sv"))))
                .isEqualTo("lista.xlsx:Blad1:4:C: väntade ett datum, fann '31/02'");
        assertThat(CellValues.date("31/2 2026", AT).isOk()).isFalse();
    }

    @Test
    void numbersWithSpaceThousandsDecimalCommaAndPercentAreRead() {
        assertThat(CellValues.number("1 500", AT).value()).isEqualByComparingTo("1500");
        assertThat(CellValues.number("1\u00A0500", AT).value()).isEqualByComparingTo("1500");
        assertThat(CellValues.number("12,5", AT).value()).isEqualByComparingTo("12.5");
        assertThat(CellValues.number("12,5 %", AT).value()).isEqualByComparingTo("12.5");
        assertThat(CellValues.number("1.500,25", AT).value()).isEqualByComparingTo("1500.25");
        assertThat(CellValues.number("0.125", AT).value()).isEqualByComparingTo(new BigDecimal("0.125"));
        assertThat(CellValues.number("−3", AT).value()).isEqualByComparingTo("-3");
        assertThat(CellValues.number("många", AT).message(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH)))
                .isEqualTo("lista.xlsx:Blad1:4:C: expected a number, found 'många'");
    }

    @Test
    void columnLettersRunPastZ() {
        assertThat(Location.columnLetters(0)).isEqualTo("A");
        assertThat(Location.columnLetters(25)).isEqualTo("Z");
        assertThat(Location.columnLetters(26)).isEqualTo("AA");
        assertThat(Location.columnIndex("AB")).isEqualTo(27);
    }
}
