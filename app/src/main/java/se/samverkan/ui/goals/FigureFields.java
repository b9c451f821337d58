package se.samverkan.ui.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FieldError;
import se.samverkan.service.goals.GoalService;
import se.samverkan.ui.common.NumberFields;

/** A figure as typed in a target or outcome form: the value and, where the indicator splits, women and men. */
final class FigureFields {

    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty women = new SimpleStringProperty("");
    private final StringProperty men = new SimpleStringProperty("");

    /** Shows stored numbers (nulls as empty fields). */
    void show(BigDecimal total, BigDecimal womenPart, BigDecimal menPart) {
        value.set(NumberFields.format(total));
        women.set(NumberFields.format(womenPart));
        men.set(NumberFields.format(menPart));
    }

    /** A "not a number" problem at each field whose text cannot be read. */
    List<FieldError> unreadable() {
        List<FieldError> errors = new ArrayList<>(NumberFields.unreadable(GoalService.VALUE, value.get()));
        errors.addAll(NumberFields.unreadable(GoalService.WOMEN, women.get()));
        errors.addAll(NumberFields.unreadable(GoalService.MEN, men.get()));
        return errors;
    }

    BigDecimal total() {
        return NumberFields.parse(value.get());
    }

    BigDecimal womenPart() {
        return NumberFields.parse(women.get());
    }

    BigDecimal menPart() {
        return NumberFields.parse(men.get());
    }

    StringProperty value() {
        return value;
    }

    StringProperty women() {
        return women;
    }

    StringProperty men() {
        return men;
    }
}
