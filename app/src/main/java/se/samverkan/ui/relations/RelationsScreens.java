package se.samverkan.ui.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.samverkan.domain.ActorType;
import se.samverkan.domain.County;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.service.network.InteractionService;
import se.samverkan.service.network.PartyOverviewService;
import se.samverkan.service.network.RelationshipService;
import se.samverkan.service.network.StakeholderService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * Builds this area's screens from the services, for the composition root: the detail pane's sections and the
 * influence/interest grid. Opening a party goes through {@code openRecord}, the same way as from the search.
 */
public final class RelationsScreens {

    /** The use cases the area needs; usually services and method references. */
    public record Services(PartyOverviewService overview, InteractionService interactions,
                           RelationshipService relationships, StakeholderService stakeholders,
                           Function<String, List<SearchHit>> search, Supplier<List<ActorType>> actorTypes,
                           Supplier<List<County>> counties) {
    }

    private final PartyDetailModel detail;
    private final PartySections sections;
    private final StakeholderGridModel gridModel;
    private final StakeholderGridView grid;

    public RelationsScreens(Services services, Messages messages, BackgroundTasks tasks, ErrorMessages errors, Clock clock,
                            Consumer<SearchHit> openRecord) {
        var texts = new RelationsTexts(messages);
        Consumer<PartyRef> open = party -> openRecord.accept(hitOf(party));
        detail = new PartyDetailModel(services.overview()::of, new PartyDetailModel.Actions(
                services.interactions()::markDone, services.relationships()::delete, services.interactions()::delete),
                tasks, errors);
        var dialogs = new RelationsDialogs(new RelationsDialogs.Services(services.interactions(), services.relationships(),
                services.stakeholders(), services.overview()::branches, services.search()), texts, tasks, clock);
        sections = new PartySections(detail, dialogs, texts, open, () -> LocalDate.now(clock));
        gridModel = new StakeholderGridModel(() -> new StakeholderGridModel.Data(
                services.stakeholders().positions(), services.actorTypes().get(), services.counties().get()), tasks, errors);
        grid = new StakeholderGridView(gridModel, messages, open);
    }

    /** A search hit that opens the party in the detail pane. */
    public static SearchHit hitOf(PartyRef party) {
        return new SearchHit(party.isPerson() ? SearchKind.PERSON : SearchKind.ORGANISATION, party.id(), "", "");
    }

    /** Runs after every change made from the detail pane (e.g. to refresh the home screen's lists). */
    public void onChanged(Runnable listener) {
        detail.setOnChanged(() -> {
            listener.run();
            // An assessment made from the pane moves its party on the grid, if the grid is on screen.
            if (grid.root().getScene() != null) {
                gridModel.load();
            }
        });
    }

    public PartySections partySections() {
        return sections;
    }

    public StakeholderGridView stakeholderGrid() {
        return grid;
    }
}
