package se.samverkan.ui.goals;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import se.samverkan.domain.StatusLevel;
import se.samverkan.service.Messages;

/**
 * A status as a coloured badge with a symbol, so it reads without colour too (✓ on track, ! at risk, ✕ off track,
 * – no data); the colours are the Okabe–Ito blue, orange and vermillion, told apart by colour-blind readers.
 */
final class StatusBadge {

    private StatusBadge() {
    }

    static String symbol(StatusLevel level) {
        return switch (level) {
            case ON_TRACK -> "✓";
            case AT_RISK -> "!";
            case OFF_TRACK -> "✕";
            case NO_DATA -> "–";
        };
    }

    static String styleClass(StatusLevel level) {
        return "status-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A badge showing the symbol, or {@code text} after it when given. */
    static Label of(StatusLevel level, String text, Messages messages) {
        var label = new Label(text == null ? symbol(level) : symbol(level) + " " + text);
        label.getStyleClass().addAll("status-badge", styleClass(level));
        label.setTooltip(new Tooltip(messages.get("ui.goals.status." + level.name())));
        return label;
    }
}
