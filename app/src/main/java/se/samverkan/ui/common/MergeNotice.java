package se.samverkan.ui.common;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import se.samverkan.domain.FieldConflict;
import se.samverkan.service.Messages;

/**
 * After "Slå ihop" in a duplicate warning: what the existing record kept instead of the form's values, so nothing the
 * user typed is lost unseen. Nothing is shown when everything was taken.
 */
public final class MergeNotice {

    private MergeNotice() {
    }

    /** {@code labelKey} gives the bundle key of a field's label from its service field name. */
    public static void show(Node owner, Messages messages, String introKey, List<FieldConflict> notTaken,
                            UnaryOperator<String> labelKey) {
        if (notTaken.isEmpty()) {
            return;
        }
        var lines = new StringBuilder(messages.get(introKey)).append('\n');
        for (var conflict : notTaken) {
            String other = conflict.valuesAreKeys() ? messages.get(conflict.otherValue()) : conflict.otherValue();
            String kept = conflict.valuesAreKeys() ? messages.get(conflict.keptValue()) : conflict.keptValue();
            lines.append("\n• ").append(messages.get(labelKey.apply(conflict.field()))).append(": ").append(other)
                    .append(" (").append(messages.get("ui.people.merge.keptValue", kept)).append(')');
        }
        var alert = new Alert(Alert.AlertType.INFORMATION, lines.toString(),
                new ButtonType(messages.get("ui.form.close"), ButtonBar.ButtonData.OK_DONE));
        alert.setHeaderText(null);
        alert.setTitle(messages.get("ui.people.merge.title"));
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.show();
    }
}
