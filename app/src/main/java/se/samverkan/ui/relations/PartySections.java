package se.samverkan.ui.relations;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.PartyOverview;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.domain.StakeholderQuadrant;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/**
 * The detail pane's sections for a person or an organisation: relationship health, Relationer, Kontakter and
 * Bedömning, each with its action. Another party's name opens it in the pane.
 */
public final class PartySections extends VBox {

    static final String CSS = PartySections.class.getResource("relations.css").toExternalForm();
    /** Contacts listed before "Visa alla". */
    static final int CONTACTS_SHOWN = 8;

    private final PartyDetailModel model;
    private final RelationsDialogs dialogs;
    private final RelationsTexts texts;
    private final Messages messages;
    private final Consumer<PartyRef> open;
    private final Supplier<LocalDate> today;
    private boolean allContacts;

    public PartySections(PartyDetailModel model, RelationsDialogs dialogs, RelationsTexts texts, Consumer<PartyRef> open,
                         Supplier<LocalDate> today) {
        super(18);
        this.model = model;
        this.dialogs = dialogs;
        this.texts = texts;
        this.messages = texts.messages();
        this.open = open;
        this.today = today;
        setId("partySections");
        getStyleClass().add("party-sections");
        getStylesheets().add(CSS);
        model.overviewProperty().addListener((obs, was, now) -> {
            if (was == null || now == null || !was.party().equals(now.party())) {
                allContacts = false;
            }
            show(now);
        });
        model.errorProperty().addListener((obs, was, now) -> show(model.overviewProperty().get()));
        show(model.overviewProperty().get());
    }

    /** Shows the sections of {@code party}; null hides them (a forum or a workshop is open, or nothing). */
    public void showParty(PartyRef party) {
        model.show(party);
        setVisible(party != null);
        setManaged(party != null);
    }

    private void show(PartyOverview overview) {
        getChildren().clear();
        String failure = model.errorProperty().get();
        if (failure != null && !failure.isEmpty()) {
            var error = new Label(failure);
            error.setId("partyError");
            error.getStyleClass().add("inline-error");
            error.setWrapText(true);
            getChildren().add(error);
        }
        if (overview == null) {
            return;
        }
        if (overview.health() != null) {
            var health = new Label(texts.healthLine(overview.health()), Icons.of(Feather.ACTIVITY, 14));
            health.setId("partyHealth");
            health.setWrapText(true);
            health.getStyleClass().addAll("health-line", "health-" + overview.health().status().name().toLowerCase());
            getChildren().add(health);
        }
        getChildren().addAll(relations(overview), contacts(overview), assessment(overview));
    }

    private VBox section(String id, String titleKey, int count, Button action) {
        var title = new Label(messages.get(titleKey));
        title.getStyleClass().add("section-heading");
        var badge = new Label(String.valueOf(count));
        badge.getStyleClass().add("section-count");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(8, title, badge, spacer, action);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var box = new VBox(6, header);
        box.setId(id);
        box.getStyleClass().add("party-section");
        return box;
    }

    private Button action(String id, String textKey, Ikon icon, Consumer<Node> onAction) {
        var button = new Button(messages.get(textKey), Icons.of(icon, 14));
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        button.setOnAction(e -> onAction.accept(button));
        return button;
    }

    private static Button iconButton(String id, Ikon icon, String tooltip, Runnable onAction) {
        var button = Icons.button(id, icon, 14, tooltip);
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setOnAction(e -> onAction.run());
        return button;
    }

    private Label empty(String key) {
        var label = new Label(messages.get(key));
        label.getStyleClass().add("section-empty");
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        var label = new Label(text);
        label.getStyleClass().add("row-secondary");
        label.setWrapText(true);
        return label;
    }

    private Node partyLink(PartyRef party, String name) {
        var link = new Hyperlink(name, Icons.of(party.isPerson() ? Feather.USER : Feather.BRIEFCASE, 12));
        link.getStyleClass().add("party-link");
        link.setOnAction(e -> open.accept(party));
        return link;
    }

    private Node relations(PartyOverview overview) {
        var box = section("relationsSection", "ui.relations.title", overview.relations().size(),
                action("relationNew", "ui.relations.new", Feather.PLUS, owner -> dialogs.newRelationship(owner, model)));
        if (overview.relations().isEmpty()) {
            box.getChildren().add(empty("ui.relations.empty"));
        }
        for (var entry : overview.relations()) {
            var r = entry.relationship();
            var edit = iconButton("relationEdit" + r.id(), Feather.EDIT_2, messages.get("ui.relations.edit"),
                    () -> dialogs.editRelationship(this, model, entry));
            var delete = iconButton("relationDelete" + r.id(), Feather.TRASH_2, messages.get("ui.relations.delete"),
                    () -> confirm(messages.get("ui.relations.delete.confirm", entry.otherName()),
                            () -> model.deleteRelationship(r.id())));
            var spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            var top = new HBox(4, partyLink(entry.other(), entry.otherName()), spacer, edit, delete);
            top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            var strength = new Label(RelationsTexts.dots(r.strength()));
            strength.getStyleClass().add("strength-dots");
            strength.setTooltip(new Tooltip(messages.get("ui.relations.strength." + r.strength())));
            var kind = new Label(texts.relationKind(r.kind()));
            kind.getStyleClass().add("relation-kind");
            var facts = new FlowPane(8, 2, kind, strength);
            String period = texts.period(r);
            if (!period.isEmpty()) {
                facts.getChildren().add(muted(period));
            }
            facts.getChildren().add(muted(texts.owner(entry.ownerBranchName())));
            var row = new VBox(2, top, facts);
            row.getStyleClass().add("section-row");
            if (r.endedOn() != null) {
                row.getStyleClass().add("ended");
            }
            box.getChildren().add(row);
        }
        return box;
    }

    private Node contacts(PartyOverview overview) {
        var box = section("contactsSection", "ui.contacts.title", overview.interactions().size(),
                action("contactLog", "ui.contacts.log", Feather.MESSAGE_SQUARE, owner -> dialogs.logInteraction(owner, model)));
        if (overview.interactions().isEmpty()) {
            box.getChildren().add(empty("ui.contacts.empty"));
        }
        int shown = allContacts ? overview.interactions().size() : Math.min(CONTACTS_SHOWN, overview.interactions().size());
        for (var entry : overview.interactions().subList(0, shown)) {
            box.getChildren().add(contact(overview.party(), entry));
        }
        if (shown < overview.interactions().size()) {
            var more = new Hyperlink(messages.get("ui.contacts.showAll", overview.interactions().size()));
            more.setId("contactsShowAll");
            more.setOnAction(e -> {
                allContacts = true;
                show(model.overviewProperty().get());
            });
            box.getChildren().add(more);
        }
        return box;
    }

    private Node contact(PartyRef self, PartyOverview.ContactEntry entry) {
        var in = entry.log().interaction();
        var when = new Label(texts.date(in.occurredOn()) + " · " + texts.contactKind(in.kind()));
        when.getStyleClass().add("row-secondary");
        var edit = iconButton("contactEdit" + in.id(), Feather.EDIT_2, messages.get("ui.contacts.edit"),
                () -> dialogs.editInteraction(this, model, entry));
        var delete = iconButton("contactDelete" + in.id(), Feather.TRASH_2, messages.get("ui.contacts.delete"),
                () -> confirm(messages.get("ui.contacts.delete.confirm", in.topic()), () -> model.deleteInteraction(in.id())));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(4, when, spacer, edit, delete);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var topic = new Label(in.topic());
        topic.getStyleClass().add("row-main");
        topic.setWrapText(true);
        var row = new VBox(2, top, topic);
        var others = new FlowPane(4, 0);
        entry.participants().stream().filter(p -> !p.party().equals(self))
                .forEach(p -> others.getChildren().add(partyLink(p.party(), p.name())));
        if (!others.getChildren().isEmpty()) {
            row.getChildren().add(others);
        }
        for (FollowUp f : entry.log().followUps()) {
            row.getChildren().add(followUp(f));
        }
        row.getStyleClass().add("section-row");
        return row;
    }

    private Node followUp(FollowUp f) {
        String who = f.responsible() == null ? "" : " · " + f.responsible();
        if (f.doneOn() != null) {
            var done = new Label(f.description() + " · " + messages.get("ui.contacts.followUp.doneOn", texts.date(f.doneOn())),
                    Icons.of(Feather.CHECK, 12));
            done.getStyleClass().addAll("follow-up", "follow-up-done");
            done.setWrapText(true);
            return done;
        }
        var check = iconButton("followUpDone" + f.id(), Feather.CHECK_SQUARE, messages.get("ui.followUp.markDone"),
                () -> model.markDone(f.id()));
        boolean overdue = f.dueDate() != null && f.dueDate().isBefore(today.get());
        var text = new Label(f.description() + " · " + messages.get("ui.contacts.followUp.dueOn", texts.date(f.dueDate())) + who);
        text.setWrapText(true);
        text.getStyleClass().add("follow-up");
        if (overdue) {
            text.getStyleClass().add("follow-up-overdue");
        }
        var line = new HBox(4, check, text);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private Node assessment(PartyOverview overview) {
        var box = section("assessmentSection", "ui.assessment.title", overview.assessments().size(),
                action("assessmentNew", "ui.assessment.assess", Feather.SLIDERS, owner -> dialogs.assess(owner, model)));
        if (overview.assessments().isEmpty()) {
            box.getChildren().add(empty("ui.assessment.empty"));
            return box;
        }
        StakeholderAssessment current = overview.assessments().get(0);
        var levels = new Label(levels(current));
        levels.setId("assessmentCurrent");
        levels.getStyleClass().add("row-main");
        var quadrant = new Label(messages.get("ui.stakeholders.quadrant." + StakeholderQuadrant.of(current.influence(),
                current.interest()).name()));
        quadrant.getStyleClass().add("quadrant-tag");
        box.getChildren().addAll(new FlowPane(8, 2, levels, quadrant), muted(dated(current)));
        if (overview.assessments().size() > 1) {
            var history = new VBox(4);
            for (var earlier : overview.assessments().subList(1, overview.assessments().size())) {
                history.getChildren().add(muted(levels(earlier) + " · " + dated(earlier)));
            }
            var pane = new TitledPane(messages.get("ui.assessment.history", overview.assessments().size() - 1), history);
            pane.setId("assessmentHistory");
            pane.setExpanded(false);
            pane.getStyleClass().add(Styles.DENSE);
            box.getChildren().add(pane);
        }
        return box;
    }

    private String levels(StakeholderAssessment a) {
        return messages.get("ui.assessment.levels", a.influence(), a.interest());
    }

    private String dated(StakeholderAssessment a) {
        String on = messages.get("ui.assessment.assessedOn", texts.date(a.assessedOn()));
        return a.note() == null ? on : on + " · " + a.note();
    }

    private void confirm(String question, Runnable onYes) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.initOwner(getScene().getWindow());
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> onYes.run());
    }
}
