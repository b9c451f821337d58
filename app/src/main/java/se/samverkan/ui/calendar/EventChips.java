package se.samverkan.ui.calendar;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.CalendarPeriod;
import se.samverkan.domain.Clash;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.CalendarTexts;
import se.samverkan.ui.common.Icons;

/** An event as a small clickable chip: time and title, a warning icon and a tooltip naming any double booking. */
final class EventChips {

    private final Messages messages;
    private final CalendarTexts texts;
    private final Consumer<CalendarEvent> open;
    private final Consumer<CalendarEvent> export;

    EventChips(Messages messages, Consumer<CalendarEvent> open, Consumer<CalendarEvent> export) {
        this.messages = messages;
        this.texts = new CalendarTexts(messages);
        this.open = open;
        this.export = export;
    }

    Button chip(CalendarEvent event, CalendarPeriod period) {
        var chip = new Button(time(event) + " " + title(event));
        chip.getStyleClass().addAll("calendar-chip", event.kind() == CalendarEventKind.WORKSHOP ? "chip-workshop"
                : "chip-meeting");
        if (event.cancelled()) {
            chip.getStyleClass().add("chip-cancelled");
        }
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMnemonicParsing(false);
        StringBuilder tip = new StringBuilder(title(event));
        tip.append('\n').append(when(event));
        if (event.place() != null) {
            tip.append('\n').append(event.place());
        }
        if (event.status() != null) {
            tip.append('\n').append(messages.get("ui.workshop.status." + event.status()));
        }
        List<Clash> clashes = period.clashesOf(event);
        if (!clashes.isEmpty()) {
            chip.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
            chip.getStyleClass().add("chip-clash");
            tip.append("\n\n").append(clashes.stream().map(c -> texts.clash(c.other(event), c.certain()))
                    .collect(Collectors.joining("\n")));
        }
        chip.setTooltip(new Tooltip(tip.toString()));
        chip.setOnAction(e -> open.accept(event));
        var exportOne = new MenuItem(messages.get("ui.calendar.exportEvent"), Icons.of(Feather.DOWNLOAD));
        exportOne.setOnAction(e -> export.accept(event));
        chip.setContextMenu(new ContextMenu(exportOne));
        return chip;
    }

    String title(CalendarEvent event) {
        return texts.title(event);
    }

    private String time(CalendarEvent event) {
        return texts.time(event);
    }

    private String when(CalendarEvent event) {
        return texts.when(event);
    }
}
