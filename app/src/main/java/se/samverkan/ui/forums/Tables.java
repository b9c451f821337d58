package se.samverkan.ui.forums;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import se.samverkan.service.Messages;

/** Small read-only tables of the forum area: a column per text, a placeholder when empty. */
final class Tables {

    private final Messages messages;

    Tables(Messages messages) {
        this.messages = messages;
    }

    <R> TableView<R> table(String id, ObservableList<R> rows, String emptyKey) {
        var table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get(emptyKey)));
        return table;
    }

    <R> Tables column(TableView<R> table, String key, Function<R, String> value) {
        var column = new TableColumn<R, String>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        table.getColumns().add(column);
        return this;
    }

    static String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
