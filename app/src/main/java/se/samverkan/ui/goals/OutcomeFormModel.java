package se.samverkan.ui.goals;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.FigureValue;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Outcome;
import se.samverkan.ui.common.RecordFormModel;

/**
 * A branch's outcome for one indicator in one period: the value (with women and men where split) for an indicator
 * typed by hand, a comment, and a status set by hand with its reason. A derived indicator's value is counted from the
 * records; its form only takes the comment and the override.
 */
final class OutcomeFormModel extends RecordFormModel<Outcome> {

    private final GoalFigure figure;
    private final FigureFields figures = new FigureFields();
    private final StringProperty comment = new SimpleStringProperty("");
    /** A StatusLevel name, or null for the computed status. */
    private final StringProperty override = new SimpleStringProperty();
    private final StringProperty reason = new SimpleStringProperty("");

    OutcomeFormModel(GoalsViewModel owner, GoalFigure figure) {
        super(figure.report() == null, owner.tasks(), new Operations<>(owner.service()::validate, o -> List.of(),
                owner.service()::saveOutcome, Outcome::id), owner::fail, owner::changed);
        this.figure = figure;
        FigureValue shown = figure.outcome();
        if (shown != null) {
            figures.show(shown.total(), shown.women(), shown.men());
        }
        Outcome report = figure.report();
        if (report != null) {
            comment.set(nz(report.comment()));
            override.set(report.statusOverride());
            reason.set(nz(report.overrideReason()));
        }
    }

    boolean derived() {
        return figure.indicator().derived();
    }

    @Override
    protected List<FieldError> unreadableInput() {
        if (derived()) {
            return List.of();
        }
        return figures.unreadable();
    }

    @Override
    protected Outcome toRecord() {
        String why = reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
        String note = comment.get() == null || comment.get().isBlank() ? null : comment.get().strip();
        return new Outcome(0, figure.indicator().id(), figure.branchId(), figure.period().toString(),
                figures.total(), figures.womenPart(), figures.menPart(), derived() ? "DERIVED" : "MANUAL", note, override.get(), override.get() == null ? null : why);
    }

    GoalFigure figure() {
        return figure;
    }

    FigureFields figures() {
        return figures;
    }

    StringProperty comment() {
        return comment;
    }

    StringProperty override() {
        return override;
    }

    StringProperty reason() {
        return reason;
    }
}
