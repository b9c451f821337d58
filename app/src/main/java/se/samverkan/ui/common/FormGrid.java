package se.samverkan.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import se.samverkan.service.Messages;

/**
 * One page of a tabbed record form (workshops, structural-fund projects): label and input per row, the field's
 * message under its input, node ids {@code <prefix>_<field>} and {@code <prefix>_<field>_error}.
 */
public final class FormGrid {

    private final GridPane grid = new GridPane();
    private final String prefix;
    private final ObservableMap<String, String> fieldErrors;
    private final Messages messages;
    private int row;

    public FormGrid(String prefix, ObservableMap<String, String> fieldErrors, Messages messages) {
        this.prefix = prefix;
        this.fieldErrors = fieldErrors;
        this.messages = messages;
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
    }

    /** A labelled input for field {@code name} (the service's field name), with its message under it. */
    public FormGrid add(String name, String labelKey, Region input) {
        var label = new Label(messages.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(label, VPos.TOP);
        if (input.getId() == null) {
            input.setId(prefix + "_" + name);
        }
        if (!(input instanceof TextField) && !(input instanceof HBox)) {
            input.setMaxWidth(Double.MAX_VALUE);
        }
        var error = FieldMessages.under(input, prefix + "_" + name + "_error", name, fieldErrors, messages, () -> { });
        GridPane.setHgrow(input, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        row++;
        return this;
    }

    /** A line under the inputs without a label of its own (a warning that belongs to the row above). */
    public FormGrid note(Node node) {
        grid.add(node, 1, row++);
        return this;
    }

    public GridPane root() {
        return grid;
    }

    /** A list to tick records in; the ticked ids go to {@code chosen} (which also says what starts ticked). */
    public static <T> CheckListView<T> checks(List<T> items, ToLongFunction<T> id, Function<T, String> name,
                                              ObservableList<Long> chosen) {
        var list = new CheckListView<T>(FXCollections.observableArrayList(items));
        list.setCellFactory(v -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(T item) {
                        return item == null ? "" : name.apply(item);
                    }

                    @Override
                    public T fromString(String s) {
                        return null;
                    }
                }));
        list.setPrefHeight(110);
        items.stream().filter(i -> chosen.contains(id.applyAsLong(i))).forEach(i -> list.getCheckModel().check(i));
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                chosen.setAll(list.getCheckModel().getCheckedItems().stream().map(id::applyAsLong).toList()));
        return list;
    }
}
