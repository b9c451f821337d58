package se.samverkan.ui.relations;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.InteractionService;
import se.samverkan.service.network.PartyOverviewService;
import se.samverkan.service.network.RelationshipService;
import se.samverkan.service.network.StakeholderService;
import se.samverkan.store.StoreFixture;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** A workspace with two people and an organisation, the area's services, and same-thread background tasks. */
final class RelationsFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Messages MESSAGES = Messages.of(Messages.SWEDISH);

    final Workspace workspace;
    final ErrorMessages errors = new ErrorMessages(MESSAGES);
    final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    final InteractionService interactions;
    final RelationshipService relationships;
    final StakeholderService stakeholders;
    final PartyOverviewService overviews;
    final List<Throwable> failures = new ArrayList<>();
    final PartyRef ada;
    final PartyRef bo;
    final PartyRef region;

    RelationsFixture(Path dir) {
        workspace = Workspace.create(dir, "pw".toCharArray());
        interactions = new InteractionService(workspace, CLOCK);
        relationships = new RelationshipService(workspace, CLOCK);
        stakeholders = new StakeholderService(workspace, CLOCK);
        overviews = new PartyOverviewService(workspace, CLOCK, Locale.ROOT);
        long[] ids = workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long org = f.organisation("Region Testlän", "REGION", null);
            return new long[] {f.person("Ada", "Exempelsson", null, org, null), f.person("Bo", "Påhittad", null, null, null),
                    org};
        });
        ada = PartyRef.person(ids[0]);
        bo = PartyRef.person(ids[1]);
        region = PartyRef.organisation(ids[2]);
    }

    /** Runs on the FX thread and waits: with same-thread tasks, everything the action started has finished. */
    static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
