package se.samverkan.ui.goals;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.Indicator;
import se.samverkan.ui.common.RecordFormModel;

/**
 * An indicator the coordinator adds under an operational goal, or changes: names in Swedish and English, unit,
 * direction, split by women and men, and whether it is typed or filled from the branch spreadsheets. A derived
 * indicator's unit and source are the app's and are shown locked.
 */
final class IndicatorFormModel extends RecordFormModel<Indicator> {

    private final Indicator existing;
    private final int goalId;
    private final StringProperty nameSv = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("COUNT");
    private final StringProperty direction = new SimpleStringProperty("HIGHER");
    private final BooleanProperty genderSplit = new SimpleBooleanProperty();
    private final StringProperty source = new SimpleStringProperty("MANUAL");

    /** @param existing null for a new indicator under {@code goalId} */
    IndicatorFormModel(GoalsViewModel owner, int goalId, Indicator existing) {
        super(existing == null, owner.tasks(), new Operations<>(owner.service()::validate, i -> List.of(),
                owner.service()::saveIndicator, Indicator::id), owner::fail, owner::indicatorsChanged);
        this.existing = existing;
        this.goalId = goalId;
        if (existing != null) {
            nameSv.set(existing.nameSv());
            nameEn.set(existing.nameEn());
            unit.set(existing.unit());
            direction.set(existing.direction());
            genderSplit.set(existing.genderSplit());
            source.set(existing.source());
        }
    }

    boolean derived() {
        return existing != null && existing.derived();
    }

    @Override
    protected Indicator toRecord() {
        return new Indicator(existing == null ? 0 : existing.id(), goalId, existing == null ? null : existing.code(),
                nameSv.get() == null ? null : nameSv.get().strip(), nameEn.get() == null ? null : nameEn.get().strip(),
                unit.get(), direction.get(), genderSplit.get(), source.get(),
                existing == null ? null : existing.derivedRule(), true);
    }

    StringProperty nameSv() {
        return nameSv;
    }

    StringProperty nameEn() {
        return nameEn;
    }

    StringProperty unit() {
        return unit;
    }

    StringProperty direction() {
        return direction;
    }

    BooleanProperty genderSplit() {
        return genderSplit;
    }

    StringProperty source() {
        return source;
    }
}
