package se.samverkan.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that write dates as the lists show them, 2027-03-10 (the Swedish standard form), whatever the JVM's
 * locale: without this a POSIX locale gives 3/10/2027. A typed date counts when the field loses focus, without Enter;
 * one that cannot be read falls back to the value before.
 */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker picker(ObjectProperty<LocalDate> value) {
        var picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.valueProperty().bindBidirectional(value);
        // A typed date counts without pressing Enter: commit when the field loses focus.
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
        return picker;
    }

    private static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        picker.setValue(text == null || text.isBlank() ? null : picker.getConverter().fromString(text));
        picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
    }
}
