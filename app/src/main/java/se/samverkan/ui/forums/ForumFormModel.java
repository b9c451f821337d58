package se.samverkan.ui.forums;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.Forum;
import se.samverkan.ui.common.PlaceChoice;
import se.samverkan.ui.common.RecordFormModel;

/** The fields of a new or changed forum. */
final class ForumFormModel extends RecordFormModel<Forum> {

    private final long id;
    private final String nutsCode;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty forumType = new SimpleStringProperty();
    private final StringProperty level = new SimpleStringProperty("REGION");
    private final PlaceChoice place = new PlaceChoice();
    private final ObjectProperty<Long> convenorId = new SimpleObjectProperty<>();
    private final StringProperty rhythm = new SimpleStringProperty("");
    private final BooleanProperty unionInitiated = new SimpleBooleanProperty();
    private final ForumsViewModel owner;

    ForumFormModel(ForumsViewModel owner, Forum forum) {
        super(forum == null, owner.tasks(), new Operations<>(owner.service()::validate, f -> List.of(),
                owner.service()::save, Forum::id), owner.list()::fail, owner::changed);
        this.owner = owner;
        place.choices().set(owner.choicesProperty().get());
        id = forum == null ? 0 : forum.id();
        nutsCode = forum == null ? null : forum.nutsCode();
        if (forum != null) {
            name.set(forum.name());
            forumType.set(forum.forumType());
            level.set(forum.level());
            place.countyCode().set(forum.countyCode());
            place.municipalityCode().set(forum.municipalityCode());
            convenorId.set(forum.convenorOrgId());
            rhythm.set(nz(forum.meetingRhythm()));
            unionInitiated.set(forum.unionInitiated());
        }
    }

    @Override
    protected Forum toRecord() {
        return new Forum(id, name.get(), forumType.get(), level.get(), nutsCode, place.countyCode().get(),
                place.municipalityCode().get(), convenorId.get(), rhythm.get(), unionInitiated.get());
    }

    ForumsViewModel owner() {
        return owner;
    }

    StringProperty name() {
        return name;
    }

    StringProperty forumType() {
        return forumType;
    }

    StringProperty level() {
        return level;
    }

    PlaceChoice place() {
        return place;
    }

    ObjectProperty<Long> convenorId() {
        return convenorId;
    }

    StringProperty rhythm() {
        return rhythm;
    }

    BooleanProperty unionInitiated() {
        return unionInitiated;
    }
}
