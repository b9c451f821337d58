package se.samverkan.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * What every record list's ViewModel keeps the same way: the search text and shared filters, the rows (loaded in
 * the background, the newest answer wins), the opened record, opening one, reloading and reopening after a save, and
 * deleting the opened one. A subclass says how to query, find and delete, and adds its own filters and choices.
 *
 * @param <R> a row of the list
 * @param <O> the opened record as the detail and the form need it
 */
public abstract class RecordListModel<R, O> {

    private final StringProperty text = new SimpleStringProperty("");
    private final ListFilters filters = new ListFilters();
    private final ObjectProperty<O> opened = new SimpleObjectProperty<>();
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final ListLoader<R> list;

    protected RecordListModel(BackgroundTasks tasks, ErrorMessages errors) {
        this.tasks = tasks;
        this.errors = errors;
        this.list = new ListLoader<>(tasks, errors);
    }

    /** The query for the list as the filters stand now (built on the FX thread, run in the background). */
    protected abstract Callable<List<R>> query();

    /** The record with {@code id}, or null when it is gone. */
    protected abstract O find(long id) throws Exception;

    /** Deletes the opened record. */
    protected abstract void delete(O record) throws Exception;

    public void load() {
        list.load(query());
    }

    public void open(long id) {
        tasks.run(() -> find(id)).onSuccess(opened::set).onError(list::fail).start();
    }

    /** After a save: the list reloads and the saved record opens again. */
    public void changed(long id) {
        load();
        open(id);
    }

    /** Deletes the opened record, then reloads. */
    public void deleteOpened() {
        O current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            delete(current);
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            load();
        }).onError(list::fail).start();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ListFilters filters() {
        return filters;
    }

    public ListLoader<R> list() {
        return list;
    }

    public ObservableList<R> rows() {
        return list.rows();
    }

    public ObjectProperty<O> openedProperty() {
        return opened;
    }

    public StringProperty errorProperty() {
        return list.error();
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ErrorMessages errors() {
        return errors;
    }
}
