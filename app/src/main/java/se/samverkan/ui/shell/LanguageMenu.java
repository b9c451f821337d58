package se.samverkan.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** The top bar's language choice: Svenska or English, each named in its own language so anyone can find theirs. */
final class LanguageMenu {

    private final MenuButton button;

    LanguageMenu(Messages messages, Consumer<Locale> chooser) {
        var swedish = new MenuItem("Svenska");
        swedish.setId("languageSv");
        swedish.setOnAction(e -> chooser.accept(Messages.SWEDISH));
        var english = new MenuItem("English");
        english.setId("languageEn");
        english.setOnAction(e -> chooser.accept(Locale.ENGLISH));
        button = new MenuButton(messages.locale().getLanguage().toUpperCase(Locale.ROOT), Icons.of(Feather.GLOBE), swedish, english);
        button.setId("languageMenu");
        button.getStyleClass().addAll(Styles.FLAT);
        button.setTooltip(new Tooltip(messages.get("ui.language.choose")));
    }

    MenuButton node() {
        return button;
    }
}
