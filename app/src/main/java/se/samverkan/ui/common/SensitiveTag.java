package se.samverkan.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;

/**
 * The "Känslig uppgift" tag with a lock: marks special-category data (GDPR art. 9: union membership, political
 * offices) wherever it is shown or entered, styled like the detail pane's tag.
 */
public final class SensitiveTag {

    private SensitiveTag() {
    }

    public static Label create(Messages messages) {
        var tag = new Label(messages.get("ui.detail.sensitive"), Icons.of(Feather.LOCK, 12));
        tag.getStyleClass().add("sensitive-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        return tag;
    }
}
