package se.samverkan.ui.common;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.samverkan.domain.DuplicateCandidate;

/** What {@link RecordFormDialog} needs of a form's ViewModel: its field errors, its duplicates, check and save. */
public interface RecordForm<T> {

    /** Field name to bundle key of its message; empty when the form is valid. */
    ObservableMap<String, String> fieldErrors();

    ObservableList<DuplicateCandidate> duplicates();

    boolean isNew();

    /** Validates and looks for duplicates; {@code onChecked} gets true when the record may be saved straight away. */
    void check(Consumer<Boolean> onChecked);

    void save(Consumer<T> onSaved);
}
