package se.samverkan.ui.common;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.network.ValidationException;

/**
 * What every record form does the same way: validate and look for duplicates in the background, show each problem at
 * its field, save (the service validates again), then let the list reload and open the saved record. A subclass only
 * holds its fields and turns them into a record.
 */
public abstract class RecordFormModel<T> implements RecordForm<T> {

    /** The use cases a form calls; usually method references to a service. */
    public record Operations<T>(Function<T, ValidationResult> validate, Function<T, List<DuplicateCandidate>> duplicates,
                                Function<T, T> save, ToLongFunction<T> id) {
    }

    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final boolean isNew;
    private final BackgroundTasks tasks;
    private final Operations<T> operations;
    private final Consumer<Throwable> onFailure;
    private final LongConsumer onSavedId;

    /**
     * @param onFailure a failure that is not a validation problem (shown by the list)
     * @param onSavedId the saved record's id (the list reloads and opens it)
     */
    protected RecordFormModel(boolean isNew, BackgroundTasks tasks, Operations<T> operations,
                              Consumer<Throwable> onFailure, LongConsumer onSavedId) {
        this.isNew = isNew;
        this.tasks = tasks;
        this.operations = operations;
        this.onFailure = onFailure;
        this.onSavedId = onSavedId;
    }

    /** The record as the form's fields describe it now. */
    protected abstract T toRecord();

    /**
     * Problems the form sees before the record can be built faithfully, such as a time that cannot be read (it would
     * otherwise be saved as no time). None by default.
     */
    protected List<FieldError> unreadableInput() {
        return List.of();
    }

    @Override
    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public ObservableList<DuplicateCandidate> duplicates() {
        return duplicates;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @Override
    public void check(Consumer<Boolean> onChecked) {
        List<FieldError> unreadable = unreadableInput();
        if (!unreadable.isEmpty()) {
            showErrors(unreadable);
            duplicates.clear();
            onChecked.accept(false);
            return;
        }
        T record = toRecord();
        tasks.run(() -> {
            var result = operations.validate().apply(record);
            List<DuplicateCandidate> found = result.valid() && isNew ? operations.duplicates().apply(record) : List.of();
            return Map.entry(result.errors(), found);
        }).onSuccess(checked -> {
            showErrors(checked.getKey());
            duplicates.setAll(checked.getValue());
            onChecked.accept(checked.getKey().isEmpty() && checked.getValue().isEmpty());
        }).onError(onFailure::accept).start();
    }

    @Override
    public void save(Consumer<T> onSaved) {
        List<FieldError> unreadable = unreadableInput();
        if (!unreadable.isEmpty()) {
            showErrors(unreadable);
            return;
        }
        T record = toRecord();
        tasks.run(() -> operations.save().apply(record))
                .onSuccess(saved -> {
                    fieldErrors.clear();
                    onSavedId.accept(operations.id().applyAsLong(saved));
                    onSaved.accept(saved);
                })
                .onError(e -> {
                    if (e instanceof ValidationException invalid) {
                        showErrors(invalid.result().errors());
                    } else {
                        onFailure.accept(e);
                    }
                })
                .start();
    }

    private void showErrors(List<FieldError> errors) {
        fieldErrors.clear();
        errors.forEach(e -> fieldErrors.putIfAbsent(e.field(), e.messageKey()));
    }

    /** Text fields show "" for a missing value. */
    protected static String nz(String s) {
        return s == null ? "" : s;
    }
}
