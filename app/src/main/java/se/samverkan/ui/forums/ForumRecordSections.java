package se.samverkan.ui.forums;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.MeetingRow;
import se.samverkan.domain.SeatRow;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/** Below the forum list: the opened forum's seats (add, change, end, remove) and its meetings (log, change, remove). */
final class ForumRecordSections {

    private final HBox root = new HBox(16);
    private final ForumsViewModel model;
    private final Messages messages;

    /** {@code export} writes the opened forum's seats as the table shows them. */
    ForumRecordSections(ForumsViewModel model, Messages messages, se.samverkan.ui.common.ListExport export) {
        this.model = model;
        this.messages = messages;
        root.setId("forumSections");
        root.setPrefHeight(230);
        root.setMinHeight(180);
        var tables = new Tables(messages);

        TableView<SeatRow> seats = tables.table("forumSeats", model.seats(), "ui.forums.seats.empty");
        tables.column(seats, "export.column.person", SeatRow::personName)
                .column(seats, "export.column.represents", this::representing)
                .column(seats, "export.column.role", s -> messages.get("ui.seat.role." + s.role()))
                .column(seats, "ui.forums.col.term", s -> Tables.date(s.termFrom()) + " – " + Tables.date(s.termTo()));
        var selectedSeat = seats.getSelectionModel().selectedItemProperty();
        var addSeat = button("seatNew", "ui.forums.seat.new", Feather.USER_PLUS);
        addSeat.setOnAction(e -> new SeatFormDialog(new SeatFormModel(model, model.openedProperty().get().id(), null),
                model, messages).show(root));
        var editSeat = button("seatEdit", "ui.forums.edit", Feather.EDIT_2);
        editSeat.setOnAction(e -> new SeatFormDialog(new SeatFormModel(model, selectedSeat.get().forumId(),
                selectedSeat.get()), model, messages).show(root));
        var endSeat = button("seatEnd", "ui.forums.seat.end", Feather.LOG_OUT);
        endSeat.setOnAction(e -> model.endSeat(selectedSeat.get()));
        var removeSeat = button("seatDelete", "ui.people.delete", Feather.TRASH_2);
        removeSeat.setOnAction(e -> model.deleteSeat(selectedSeat.get()));
        addSeat.disableProperty().bind(model.openedProperty().isNull());
        for (Button b : new Button[] {editSeat, endSeat, removeSeat}) {
            b.disableProperty().bind(selectedSeat.isNull());
        }

        TableView<MeetingRow> meetings = tables.table("forumMeetings", model.meetings(), "ui.forums.meetings.empty");
        tables.column(meetings, "ui.detail.date", m -> Tables.date(m.meeting().meetingDate()))
                .column(meetings, "ui.forums.meeting.time", m -> times(m.meeting()))
                .column(meetings, "ui.forums.meeting.attendees", m -> String.join(", ", m.attendeeNames()))
                .column(meetings, "ui.forums.meeting.decisions", m -> nz(m.meeting().decisions()))
                .column(meetings, "ui.forums.meeting.followUps", m -> m.followUps().stream()
                        .map(f -> f.description() + " (" + f.dueDate() + ")").collect(Collectors.joining("; ")));
        var selectedMeeting = meetings.getSelectionModel().selectedItemProperty();
        var addMeeting = button("meetingNew", "ui.forums.meeting.new", Feather.CALENDAR);
        addMeeting.setOnAction(e -> new MeetingFormDialog(new MeetingFormModel(model, model.openedProperty().get().id()),
                model, messages).show(root));
        addMeeting.disableProperty().bind(model.openedProperty().isNull());
        var editMeeting = button("meetingEdit", "ui.forums.meeting.edit", Feather.EDIT_2);
        Runnable changeMeeting = () -> new MeetingFormDialog(new MeetingFormModel(model, selectedMeeting.get()), model,
                messages).show(root);
        editMeeting.setOnAction(e -> changeMeeting.run());
        editMeeting.disableProperty().bind(selectedMeeting.isNull());
        meetings.setRowFactory(table -> {
            var row = new javafx.scene.control.TableRow<MeetingRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    changeMeeting.run();
                }
            });
            return row;
        });
        var removeMeeting = button("meetingDelete", "ui.people.delete", Feather.TRASH_2);
        removeMeeting.setOnAction(e -> model.deleteMeeting(selectedMeeting.get()));
        removeMeeting.disableProperty().bind(selectedMeeting.isNull());

        var heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.openedProperty().get() == null
                ? messages.get("ui.forums.choose") : model.openedProperty().get().name(), model.openedProperty()));
        root.getChildren().addAll(section(heading, "ui.forums.seats", seats, addSeat, editSeat, endSeat, removeSeat,
                        export.button("forumSeats", se.samverkan.service.export.ListKind.SEATS, seats, SeatRow::id)),
                section(new Label(), "ui.forums.meetings", meetings, addMeeting, editMeeting, removeMeeting));
    }

    private String representing(SeatRow s) {
        String who = messages.get("ui.forums.represents." + s.represents());
        return s.branchName() == null ? who : s.branchName();
    }

    private VBox section(Label forum, String titleKey, TableView<?> table, Node... buttons) {
        var box = new VBox(6);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(100);
        VBox.setVgrow(table, Priority.ALWAYS);
        forum.getStyleClass().add(Styles.TEXT_MUTED);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(6);
        bar.setAlignment(Pos.CENTER_LEFT);
        var title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(title, forum, spacer);
        bar.getChildren().addAll(buttons);
        box.getChildren().addAll(bar, table);
        return box;
    }

    private Button button(String id, String key, Feather icon) {
        var button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL);
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get(key)));
        return button;
    }

    HBox root() {
        return root;
    }

    private static String times(se.samverkan.domain.ForumMeeting m) {
        if (m.startTime() == null) {
            return "";
        }
        return m.endTime() == null ? m.startTime().toString() : m.startTime() + "–" + m.endTime();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
