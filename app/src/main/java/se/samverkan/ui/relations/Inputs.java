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
        var picker = new DatePicker();
        // ISO dates (2026-03-10), the Swedish standard form, whatever the system's locale: never 3/10/2026.
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setMaxWidth(Double.MAX_VALUE);
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
        try {
            picker.setValue(text == null || text.isBlank() ? null : picker.getConverter().fromString(text));
        } catch (RuntimeException unreadable) {
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        }
    }

    static TextArea area(StringProperty value, int rows) {
        var area = new TextArea();
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(24);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /**
     * Fits the node's window to its content after the content grew or shrank (hits shown, a row added): a dialog does
     * not resize itself.
     */
    static void refit(javafx.scene.Node node) {
        javafx.application.Platform.runLater(() -> {
            if (node.getScene() != null && node.getScene().getWindow() != null) {
                node.getScene().getWindow().sizeToScene();
            }
        });
    }
}
