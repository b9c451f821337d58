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
    private final FigureFields figures = new FigureFields();
    private final StringProperty baseline = new SimpleStringProperty("");

    TargetFormModel(GoalsViewModel owner, GoalFigure figure) {
        super(figure.target() == null, owner.tasks(), new Operations<>(owner.service()::validate, t -> List.of(),
                owner.service()::saveTarget, Target::id), owner::fail, owner::changed);
        this.figure = figure;
        Target t = figure.target();
        if (t != null) {
            figures.show(t.value(), t.women(), t.men());
            baseline.set(NumberFields.format(t.baseline()));
        } else {
            // a new target starts from what the project asks where there is such a rule (the 1 % goal)
            owner.tasks().run(() -> owner.service().suggestedTarget(figure.indicator(), figure.branchId(),
                    figure.period())).onSuccess(suggested -> {
                        if (suggested != null && figures.value().get().isBlank()) {
                            figures.value().set(NumberFields.format(suggested));
                        }
                    }).start();
        }
    }

    @Override
    protected List<FieldError> unreadableInput() {
        List<FieldError> errors = new ArrayList<>(figures.unreadable());
        errors.addAll(NumberFields.unreadable(GoalService.BASELINE, baseline.get()));
        return errors;
    }

    @Override
    protected Target toRecord() {
        return new Target(0, figure.indicator().id(), figure.branchId(), figure.period().toString(),
                figures.total(), figures.womenPart(), figures.menPart(), NumberFields.parse(baseline.get()));
    }

    GoalFigure figure() {
        return figure;
    }

    FigureFields figures() {
        return figures;
    }

    StringProperty baseline() {
        return baseline;
    }
}
