package se.samverkan.ui.goals;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Target;
import se.samverkan.service.goals.GoalService;
import se.samverkan.ui.common.NumberFields;
import se.samverkan.ui.common.RecordFormModel;

/** A branch's target for one indicator in one period: the value, women and men where split, and the baseline. */
final class TargetFormModel extends RecordFormModel<Target> {

    private final GoalFigure figure;
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty women = new SimpleStringProperty("");
    private final StringProperty men = new SimpleStringProperty("");
    private final StringProperty baseline = new SimpleStringProperty("");

    TargetFormModel(GoalsViewModel owner, GoalFigure figure) {
        super(figure.target() == null, owner.tasks(), new Operations<>(owner.service()::validate, t -> List.of(),
                owner.service()::saveTarget, Target::id), owner::fail, owner::changed);
        this.figure = figure;
        Target t = figure.target();
        if (t != null) {
            value.set(NumberFields.format(t.value()));
            women.set(NumberFields.format(t.women()));
            men.set(NumberFields.format(t.men()));
            baseline.set(NumberFields.format(t.baseline()));
        } else {
            // a new target starts from what the project asks where there is such a rule (the 1 % goal)
            owner.tasks().run(() -> owner.service().suggestedTarget(figure.indicator(), figure.branchId(),
                    figure.period())).onSuccess(suggested -> {
                        if (suggested != null && value.get().isBlank()) {
                            value.set(NumberFields.format(suggested));
                        }
                    }).start();
        }
    }

    @Override
    protected List<FieldError> unreadableInput() {
        List<FieldError> errors = new ArrayList<>(NumberFields.unreadable(GoalService.VALUE, value.get()));
        errors.addAll(NumberFields.unreadable(GoalService.WOMEN, women.get()));
        errors.addAll(NumberFields.unreadable(GoalService.MEN, men.get()));
        errors.addAll(NumberFields.unreadable(GoalService.BASELINE, baseline.get()));
        return errors;
    }

    @Override
    protected Target toRecord() {
        return new Target(0, figure.indicator().id(), figure.branchId(), figure.period().toString(),
                NumberFields.parse(value.get()), NumberFields.parse(women.get()), NumberFields.parse(men.get()),
                NumberFields.parse(baseline.get()));
    }

    GoalFigure figure() {
        return figure;
    }

    StringProperty value() {
        return value;
    }

    StringProperty women() {
        return women;
    }

    StringProperty men() {
        return men;
    }

    StringProperty baseline() {
        return baseline;
    }
}
