package se.samverkan.ui.forums;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.samverkan.domain.BranchGap;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.SeatRow;
import se.samverkan.service.Messages;

/** "Att bevaka": terms ending in 90 days, forums with no IF Metall seat, branches missing from key forums. */
final class WatchListsView {

    private final VBox root = new VBox(8);

    /** {@code openForum} opens a forum chosen on any of the lists. */
    WatchListsView(ForumsViewModel model, Messages messages, LongConsumer openForum) {
        root.setId("forumsWatch");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(16, 24, 12, 24));
        var tables = new Tables(messages);

        TableView<SeatRow> ending = tables.table("watchTermsEnding", model.termsEnding(), "ui.home.seats.empty");
        tables.column(ending, "export.column.term_to", s -> Tables.date(s.termTo()))
                .column(ending, "export.column.forum", SeatRow::forumName)
                .column(ending, "export.column.person", SeatRow::personName)
                .column(ending, "export.column.role", s -> messages.get("ui.seat.role." + s.role()));
        ending.getSelectionModel().selectedItemProperty().addListener((o, w, s) -> {
            if (s != null) {
                openForum.accept(s.forumId());
            }
        });

        TableView<ForumRow> without = tables.table("watchNoUnionSeat", model.withoutUnionSeat(),
                "ui.forums.watch.noUnionSeat.empty");
        tables.column(without, "export.column.name", ForumRow::name)
                .column(without, "ui.detail.forum_type", ForumRow::typeName)
                .column(without, "export.column.place", ForumRow::placeName);
        without.getSelectionModel().selectedItemProperty().addListener((o, w, f) -> {
            if (f != null) {
                openForum.accept(f.id());
            }
        });

        TableView<BranchGap> gaps = tables.table("watchBranchGaps", model.gaps(), "ui.forums.watch.gaps.empty");
        tables.column(gaps, "ui.detail.branch", BranchGap::branchName)
                .column(gaps, "ui.detail.county", BranchGap::countyName)
                .column(gaps, "export.column.forum", BranchGap::forumName)
                .column(gaps, "ui.detail.forum_type", BranchGap::forumTypeName);
        gaps.getSelectionModel().selectedItemProperty().addListener((o, w, g) -> {
            if (g != null) {
                openForum.accept(g.forumId());
            }
        });

        var heading = new Label(messages.get("ui.forums.tab.watch"));
        heading.getStyleClass().add(Styles.TITLE_3);
        root.getChildren().addAll(heading, title(messages, "ui.home.seats"), ending,
                title(messages, "ui.forums.watch.noUnionSeat"), without, title(messages, "ui.forums.watch.gaps"), gaps);
        for (var t : new TableView<?>[] {ending, without, gaps}) {
            VBox.setVgrow(t, Priority.ALWAYS);
            t.setPrefHeight(160);
        }
    }

    private static Label title(Messages messages, String key) {
        var label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    Parent root() {
        return root;
    }
}
