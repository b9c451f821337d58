package se.samverkan.ui.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import se.samverkan.domain.Branch;
import se.samverkan.domain.PartyOverview;
import se.samverkan.domain.SearchHit;
import se.samverkan.service.network.InteractionService;
import se.samverkan.service.network.RelationshipService;
import se.samverkan.service.network.StakeholderService;
import se.samverkan.ui.common.BackgroundTasks;

/** Opens the contact, relationship and assessment dialogs for the party open in the detail pane. */
public final class RelationsDialogs {

    /** The use cases the dialogs call. */
    public record Services(InteractionService interactions, RelationshipService relationships,
                           StakeholderService stakeholders, Supplier<List<Branch>> branches,
                           Function<String, List<SearchHit>> search) {
    }

    private final Services services;
    private final RelationsTexts texts;
    private final BackgroundTasks tasks;
    private final Clock clock;

    public RelationsDialogs(Services services, RelationsTexts texts, BackgroundTasks tasks, Clock clock) {
        this.services = services;
        this.texts = texts;
        this.tasks = tasks;
        this.clock = clock;
    }

    private PartyPickerModel picker(PartyDetailModel detail) {
        return new PartyPickerModel(services.search(), tasks, detail.failures());
    }

    void logInteraction(Node owner, PartyDetailModel detail) {
        PartyOverview shown = detail.overviewProperty().get();
        if (shown == null) {
            return;
        }
        var form = new InteractionFormModel(new PartyOverview.Named(shown.party(), shown.name()), LocalDate.now(clock),
                services.interactions()::log, tasks, detail.failures(), id -> detail.saved());
        new InteractionDialog(form, picker(detail), texts).show(owner);
    }

    void editInteraction(Node owner, PartyDetailModel detail, PartyOverview.ContactEntry entry) {
        var form = new InteractionFormModel(entry.log(), entry.participants(), services.interactions()::update, tasks,
                detail.failures(), id -> detail.saved());
        new InteractionDialog(form, picker(detail), texts).show(owner);
    }

    void newRelationship(Node owner, PartyDetailModel detail) {
        PartyOverview shown = detail.overviewProperty().get();
        if (shown == null) {
            return;
        }
        tasks.run(services.branches()::get).onSuccess(branches -> {
            var form = new RelationshipFormModel(shown.party(), null, null, null, services.relationships(), tasks,
                    detail.failures(), id -> detail.saved());
            new RelationshipDialog(form, picker(detail), branches, texts).show(owner);
        }).onError(detail::fail).start();
    }

    void editRelationship(Node owner, PartyDetailModel detail, PartyOverview.RelationEntry entry) {
        PartyOverview shown = detail.overviewProperty().get();
        if (shown == null) {
            return;
        }
        long id = entry.relationship().id();
        tasks.run(() -> Map.entry(services.branches().get(), services.relationships().notes(id))).onSuccess(loaded -> {
            var form = new RelationshipFormModel(shown.party(), entry.relationship(),
                    new PartyOverview.Named(entry.other(), entry.otherName()), loaded.getValue(),
                    services.relationships(), tasks, detail.failures(), saved -> detail.saved());
            new RelationshipDialog(form, picker(detail), loaded.getKey(), texts).show(owner);
        }).onError(detail::fail).start();
    }

    void assess(Node owner, PartyDetailModel detail) {
        PartyOverview shown = detail.overviewProperty().get();
        if (shown == null) {
            return;
        }
        var current = shown.assessments().isEmpty() ? null : shown.assessments().get(0);
        var form = new AssessmentFormModel(shown.party(), current, LocalDate.now(clock), services.stakeholders(), tasks,
                detail.failures(), id -> detail.saved());
        new AssessmentDialog(form, texts).show(owner);
    }
}
