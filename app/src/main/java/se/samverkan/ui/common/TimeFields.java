package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import se.samverkan.domain.FieldError;
import se.samverkan.service.network.FieldProblem;

/**
 * Clock times typed as text, 9:30, 09:30 or 9.30 (a spinner is slow on a laptop's touchpad, and a coordinator types
 * times as they are written in an invitation). A time that cannot be read is marked at once and stops the save: it
 * must not be stored as "no time".
 */
public final class TimeFields {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private TimeFields() {
    }

    /** The time typed, or null when empty or not a time. */
    public static LocalTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether {@code text} is empty or a time. */
    public static boolean readable(String text) {
        return text == null || text.isBlank() || parse(text) != null;
    }

    /** How a stored time is shown in a field: 9:05. */
    public static String format(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A "not a time" problem reported at {@code field} for each of the texts that cannot be read. */
    public static List<FieldError> unreadable(String field, String... texts) {
        for (String text : texts) {
            if (!readable(text)) {
                return List.of(new FieldError(field, FieldProblem.NOT_A_TIME.messageKey()));
            }
        }
        return List.of();
    }

    /** Start – end as two short fields, ids {@code <idPrefix>start} and {@code <idPrefix>end}. */
    public static HBox range(StringProperty start, StringProperty end, String idPrefix) {
        var from = field(start, "9:00", idPrefix + "start");
        var to = field(end, "16:00", idPrefix + "end");
        var box = new HBox(8, from, new Label("–"), to);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField field(StringProperty value, String prompt, String id) {
        var field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !readable(field.getText()));
        field.textProperty().addListener((obs, was, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !readable(now)));
        return field;
    }
}
