package se.samverkan.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of a record list, loaded in the background; an answer to an older query than the latest is dropped, so a
 * slow search never overwrites a newer one. A failure shows in {@link #error()}.
 */
public final class ListLoader<R> {

    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final BackgroundTasks.Latest latest;
    private final ErrorMessages errors;

    public ListLoader(BackgroundTasks tasks, ErrorMessages errors) {
        this.latest = tasks.latest();
        this.errors = errors;
    }

    public void load(Callable<List<R>> query) {
        latest.run(query, found -> {
            error.set("");
            rows.setAll(found);
        }, this::fail);
    }

    /** Shows a failure of any of the list's background work. */
    public void fail(Throwable e) {
        error.set(errors.describe(e));
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public StringProperty error() {
        return error;
    }
}
