package se.samverkan.ui.forums;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.Seat;
import se.samverkan.domain.SeatRow;
import se.samverkan.ui.common.RecordFormModel;

/** The fields of a new or changed seat: the person (picked by name), whom they represent, role and term. */
final class SeatFormModel extends RecordFormModel<Seat> {

    private final long id;
    private final long forumId;
    private final ObjectProperty<Long> personId = new SimpleObjectProperty<>();
    private final StringProperty personName = new SimpleStringProperty("");
    private final StringProperty represents = new SimpleStringProperty("BRANCH");
    private final ObjectProperty<Long> branchId = new SimpleObjectProperty<>();
    private final StringProperty role = new SimpleStringProperty("ORDINARY");
    private final ObjectProperty<LocalDate> termFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> termTo = new SimpleObjectProperty<>();

    SeatFormModel(ForumsViewModel owner, long forumId, SeatRow seat) {
        super(seat == null, owner.tasks(), new Operations<>(owner.service()::validate, s -> List.of(),
                owner.service()::save, Seat::forumId), owner.list()::fail, owner::changed);
        this.forumId = forumId;
        id = seat == null ? 0 : seat.id();
        termFrom.set(owner.service().today());
        if (seat != null) {
            personId.set(seat.personId());
            personName.set(seat.personName());
            represents.set(seat.represents());
            branchId.set(seat.branchId());
            role.set(seat.role());
            termFrom.set(seat.termFrom());
            termTo.set(seat.termTo());
        }
    }

    @Override
    protected Seat toRecord() {
        Long person = personId.get();
        return new Seat(id, forumId, person == null ? 0 : person, represents.get(), branchId.get(), role.get(),
                termFrom.get(), termTo.get());
    }

    ObjectProperty<Long> personId() {
        return personId;
    }

    StringProperty personName() {
        return personName;
    }

    StringProperty represents() {
        return represents;
    }

    ObjectProperty<Long> branchId() {
        return branchId;
    }

    StringProperty role() {
        return role;
    }

    ObjectProperty<LocalDate> termFrom() {
        return termFrom;
    }

    ObjectProperty<LocalDate> termTo() {
        return termTo;
    }
}
