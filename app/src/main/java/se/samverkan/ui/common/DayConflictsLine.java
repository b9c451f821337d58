package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.DayConflicts;
import se.samverkan.service.Messages;

/** The warning line under a planning form's day and times; hidden while there is nothing to say. */
public final class DayConflictsLine {

    private DayConflictsLine() {
    }

    public static Label of(ObservableValue<DayConflicts> conflicts, Messages messages, String id) {
        var texts = new CalendarTexts(messages);
        var line = new Label(null, Icons.of(Feather.ALERT_TRIANGLE));
        line.setId(id);
        line.setWrapText(true);
        line.setMaxWidth(420);
        line.getStyleClass().add(Styles.WARNING);
        line.textProperty().bind(Bindings.createStringBinding(() ->
                String.join("\n", texts.lines(conflicts.getValue())), conflicts));
        line.visibleProperty().bind(Bindings.createBooleanBinding(() -> conflicts.getValue().any(), conflicts));
        line.managedProperty().bind(line.visibleProperty());
        conflicts.addListener((obs, was, now) -> WindowFit.refit(line));
        return line;
    }
}
