package se.samverkan.ui.people;

import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.Person;
import se.samverkan.service.Messages;
import se.samverkan.service.reports.PersonExtractReport;
import se.samverkan.ui.common.Alerts;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.SaveDialogs;
import se.samverkan.ui.common.SensitiveTag;

/**
 * "Registerutdrag…" for the opened person (GDPR art. 15): asks whether the special-category data goes in (off unless
 * the user ticks it, as for every export), where to write it (PDF or JSON), writes it in the background and says where
 * it went.
 */
final class PersonExtractAction {

    private final PeopleViewModel model;
    private final Messages messages;
    private final Node area;

    PersonExtractAction(PeopleViewModel model, Messages messages, Node area) {
        this.model = model;
        this.messages = messages;
        this.area = area;
    }

    /** The menu item for the "Mer" menu of the people area. */
    MenuItem menuItem() {
        var item = new MenuItem(messages.get("ui.people.extract"), Icons.of(Feather.FILE_TEXT));
        item.setId("peopleExtract");
        item.setOnAction(e -> start());
        item.setVisible(model.extractReport() != null);
        return item;
    }

    private Window window() {
        return area.getScene() == null ? null : area.getScene().getWindow();
    }

    private void start() {
        var opened = model.openedProperty().get();
        if (opened == null) {
            return;
        }
        Person person = opened.person();
        var sensitive = new CheckBox(messages.get("ui.people.extract.sensitive"));
        sensitive.setId("peopleExtractSensitive");
        var intro = new Label(messages.get("ui.people.extract.intro"));
        intro.setWrapText(true);
        var content = new VBox(12, intro, new HBox(8, sensitive, SensitiveTag.create(messages)));
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(520);
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(window());
        dialog.setTitle(messages.get("ui.people.extract.title"));
        dialog.setHeaderText(person.firstName() + " " + person.lastName());
        dialog.getDialogPane().setId("peopleExtractDialog");
        dialog.getDialogPane().setContent(content);
        var next = new ButtonType(messages.get("ui.people.extract.choose"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next,
                new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setOnHidden(e -> {
            if (next.equals(dialog.getResult())) {
                choose(person, sensitive.isSelected());
            }
        });
        dialog.show();
    }

    private void choose(Person person, boolean special) {
        PersonExtractReport report = model.extractReport();
        Path file = SaveDialogs.pdfOrJson(window(), messages.get("ui.people.extract.title"),
                report.fileName(person.id()), messages.get("ui.report.pdf"), messages.get("ui.people.extract.json"));
        if (file == null) {
            return;
        }
        model.tasks().run(() -> report.write(person.id(), special, file))
                .onSuccess(written -> {
                    if (written.isPresent()) {
                        Alerts.inform(window(), messages, "peopleExtractDone",
                                messages.get("ui.people.extract.done", file.toAbsolutePath()));
                    } else {
                        Alerts.error(window(), messages, "peopleExtractFailed", messages.get("ui.people.extract.gone"));
                    }
                })
                .onError(e -> Alerts.error(window(), messages, "peopleExtractFailed", e instanceof IOException
                        ? messages.get("ui.people.extract.failed", file.toAbsolutePath()) : model.errors().describe(e)))
                .start();
    }
}
