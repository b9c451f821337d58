package se.samverkan.ui.workshops;

import atlantafx.base.theme.Styles;
import java.time.LocalTime;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.service.workshops.AgendaFit;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.workshops.WorkshopFormModel.AgendaRow;

/**
 * The agenda editor: one row per item (computed start time, title, minutes, up, down, remove), "Lägg till punkt", and
 * the fit line under it that turns into a warning when the items do not fit the session. Node ids:
 * {@code agendaTitle_N}, {@code agendaMinutes_N}, {@code agendaUp_N}, {@code agendaFit}.
 */
final class AgendaEditor {

    private final WorkshopFormModel form;
    private final Messages messages;
    private final VBox rows = new VBox(6);
    private final Label fit = new Label();
    private final VBox root;

    AgendaEditor(WorkshopFormModel form, Messages messages) {
        this.form = form;
        this.messages = messages;
        var add = new Button(messages.get("ui.workshops.agenda.add"), Icons.of(Feather.PLUS));
        add.setId("agendaAdd");
        add.setOnAction(e -> form.addAgendaItem());
        fit.setId("agendaFit");
        fit.setWrapText(true);
        var scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(10, scroll, add, fit);
        root.setPadding(new javafx.geometry.Insets(12));
        // Structural changes rebuild the rows; typed minutes only move the times and the fit line.
        form.agenda().addListener((ListChangeListener<AgendaRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= !c.wasUpdated();
            }
            if (structural) {
                rebuild();
            } else {
                refreshTimes();
            }
        });
        form.fit().addListener((obs, was, now) -> showFit(now));
        form.start().addListener((obs, was, now) -> refreshTimes());
        rebuild();
        showFit(form.fit().get());
    }

    private void rebuild() {
        rows.getChildren().clear();
        List<AgendaRow> agenda = form.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            rows.getChildren().add(row(i, agenda.get(i)));
        }
        refreshTimes();
    }

    private HBox row(int index, AgendaRow item) {
        var time = new Label();
        time.setMinWidth(44);
        time.getStyleClass().add(Styles.TEXT_MUTED);
        var title = new TextField();
        title.setId("agendaTitle_" + index);
        title.setPromptText(messages.get("ui.workshops.agenda.titlePrompt"));
        title.textProperty().bindBidirectional(item.title);
        HBox.setHgrow(title, Priority.ALWAYS);
        var minutes = new TextField();
        minutes.setId("agendaMinutes_" + index);
        minutes.setPrefColumnCount(4);
        minutes.textProperty().bindBidirectional(item.minutes);
        var unit = new Label(messages.get("ui.workshops.agenda.minutes"));
        var up = icon("agendaUp_" + index, Feather.ARROW_UP, "ui.workshops.agenda.up", () -> form.move(index, -1));
        up.setDisable(index == 0);
        var down = icon("agendaDown_" + index, Feather.ARROW_DOWN, "ui.workshops.agenda.down", () -> form.move(index, 1));
        down.setDisable(index == form.agenda().size() - 1);
        var remove = icon("agendaRemove_" + index, Feather.X, "ui.workshops.agenda.remove",
                () -> form.agenda().remove(index));
        var line = new HBox(6, time, title, minutes, unit, up, down, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Button icon(String id, Feather icon, String tooltipKey, Runnable action) {
        var button = Icons.button(id, icon, 14, messages.get(tooltipKey));
        button.getStyleClass().add(Styles.FLAT);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void refreshTimes() {
        List<LocalTime> times = form.startTimes();
        for (int i = 0; i < rows.getChildren().size(); i++) {
            var label = (Label) ((HBox) rows.getChildren().get(i)).getChildren().get(0);
            label.setText(i < times.size() ? times.get(i).toString() : "");
        }
    }

    private void showFit(AgendaFit now) {
        fit.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, Styles.TEXT_MUTED);
        fit.setGraphic(null);
        if (!now.known()) {
            fit.setText(messages.get("ui.workshops.agenda.unknown", now.agendaMinutes()));
            fit.getStyleClass().add(Styles.TEXT_MUTED);
        } else if (now.fits()) {
            fit.setText(messages.get("ui.workshops.agenda.fits", now.agendaMinutes(), now.sessionMinutes(), now.slack()));
            fit.getStyleClass().add(Styles.SUCCESS);
        } else {
            fit.setText(messages.get("ui.workshops.agenda.overrun", now.overrunMinutes(), now.agendaMinutes(),
                    now.sessionMinutes()));
            fit.setGraphic(Icons.of(Feather.ALERT_TRIANGLE, 14));
            fit.getStyleClass().add(Styles.DANGER);
        }
    }

    VBox root() {
        return root;
    }
}
