package se.samverkan.ui.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.beans.property.StringProperty;
import javafx.util.StringConverter;

/** The bound inputs the relation dialogs share: a choice among codes or levels, a date, a text area. */
final class Inputs {

    private Inputs() {
    }

    /** A choice among {@code values}, shown through {@code label}, bound both ways to {@code value}. */
    static <T> ComboBox<T> choice(List<T> values, Function<T, String> label, Property<T> value) {
        var box = new ComboBox<T>(FXCollections.observableArrayList(values));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static DatePicker date(ObjectProperty<LocalDate> value) {
        var picker = se.samverkan.ui.common.DateFields.picker(value);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    static TextArea area(StringProperty value, int rows) {
        var area = new TextArea();
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(24);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
