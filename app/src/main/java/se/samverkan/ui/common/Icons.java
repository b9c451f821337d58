package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons at the sizes the window uses, so every view picks them the same way. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }

    /** A button showing only an icon; {@code tooltip} says what it does, {@code id} is for look-ups and tests. */
    public static Button button(String id, Ikon ikon, int size, String tooltip) {
        var button = new Button(null, of(ikon, size));
        button.setId(id);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
