package se.samverkan.ui.common;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FollowUp;

/** One follow-up action as typed in a form (a logged contact's or a forum meeting's): what, by when, and who. */
public final class FollowUpRow {

    /** The stored follow-up's id, 0 for one added in this form. */
    private final long id;
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final StringProperty responsible = new SimpleStringProperty("");

    public FollowUpRow() {
        this.id = 0;
    }

    /** A row showing a stored follow-up, to change. */
    public FollowUpRow(FollowUp stored) {
        this.id = stored.id();
        description.set(stored.description());
        dueDate.set(stored.dueDate());
        responsible.set(stored.responsible() == null ? "" : stored.responsible());
    }

    public StringProperty description() {
        return description;
    }

    public ObjectProperty<LocalDate> dueDate() {
        return dueDate;
    }

    public StringProperty responsible() {
        return responsible;
    }

    /** The follow-up as the service takes it: the stored id kept (0 for a new one), blanks as none. */
    public FollowUp toFollowUp() {
        String who = responsible.get();
        return new FollowUp(id, null, null, description.get(), dueDate.get(), null,
                who == null || who.isBlank() ? null : who.strip());
    }

    /** The rows of stored follow-ups. */
    public static List<FollowUpRow> of(List<FollowUp> stored) {
        return stored.stream().map(FollowUpRow::new).toList();
    }
}
