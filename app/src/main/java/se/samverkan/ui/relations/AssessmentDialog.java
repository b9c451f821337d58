package se.samverkan.ui.relations;

import javafx.scene.Node;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.RecordFormDialog;

/** "Bedöm": influence and interest 1–5, each level explained in the choice, the day and a note. */
final class AssessmentDialog {

    private final RecordFormDialog dialog;

    AssessmentDialog(AssessmentFormModel form, RelationsTexts texts) {
        Messages messages = texts.messages();
        dialog = new RecordFormDialog(form, messages, "assessment", new RecordFormDialog.Texts(
                "ui.assessment.dialog.title", "ui.assessment.save", null, null, null), id -> { })
                .field("influence", "ui.assessment.field.influence", Inputs.choice(RelationshipDialog.LEVELS,
                        level -> level + " – " + messages.get("ui.assessment.influence." + level), form.influence()))
                .field("interest", "ui.assessment.field.interest", Inputs.choice(RelationshipDialog.LEVELS,
                        level -> level + " – " + messages.get("ui.assessment.interest." + level), form.interest()))
                .field("assessedOn", "ui.assessment.field.date", Inputs.date(form.assessedOn()))
                .field("note", "ui.assessment.field.note", Inputs.area(form.note(), 3));
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
