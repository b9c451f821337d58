package se.samverkan.service.goals;

import java.math.BigDecimal;
import java.text.NumberFormat;
import se.samverkan.domain.FigureValue;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Period;
import se.samverkan.service.Messages;

/**
 * Figures and periods in words, the same in the window and the reports: "15,3" in Swedish with at most one decimal,
 * "%" or "kr" by the indicator's unit, yes/no for a yes/no indicator, "2026H2 (halvår 2)" for a period.
 */
public final class FigureFormat {

    private final Messages messages;

    public FigureFormat(Messages messages) {
        this.messages = messages;
    }

    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A value in the indicator's unit; empty for no value. */
    public String amount(BigDecimal value, Indicator indicator) {
        if (value == null) {
            return "";
        }
        String number = number(value);
        return switch (indicator.unit()) {
            case "PERCENT" -> number + " %";
            case "SEK" -> number + " kr";
            case "YES_NO" -> messages.get(value.signum() > 0 ? "ui.goals.yes" : "ui.goals.no");
            default -> number;
        };
    }

    public String amount(FigureValue value, Indicator indicator) {
        return value == null ? "" : amount(value.total(), indicator);
    }

    /** "2026 (helår)", "2026H2 (halvår 2)", "2026Q3 (kvartal 3)". */
    public String describe(Period p) {
        return switch (p.kind()) {
            case YEAR -> messages.get("ui.goals.period.year", p.toString());
            case HALF -> messages.get("ui.goals.period.half", p.toString(), p.number());
            case QUARTER -> messages.get("ui.goals.period.quarter", p.toString(), p.number());
        };
    }
}
