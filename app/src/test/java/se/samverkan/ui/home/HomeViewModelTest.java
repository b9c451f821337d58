package se.samverkan.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.FollowUpDue;
import se.samverkan.domain.HomeOverview;
import se.samverkan.domain.RecordCounts;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.RecordKind;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.RelationshipHealthStatus;
import se.samverkan.service.Messages;
import se.samverkan.service.WorkspaceException;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class HomeViewModelTest {

    private static final Messages MESSAGES = Messages.of(Messages.SWEDISH);
    private final ErrorMessages errors = new ErrorMessages(MESSAGES);
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void refreshShowsEveryAreaButTheAuditTrailAndTheAttentionLists() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        var overview = new HomeOverview(today, new RecordCounts(Map.of(RecordKind.PEOPLE, 42L, RecordKind.AUDIT_ENTRIES, 9L)),
                List.of(new FollowUpDue(1, "Ring tillbaka", today, null, "Möte", List.of())), List.of(), List.of());
        var model = new HomeViewModel(() -> overview, tasks, errors);
        onFx(model::refresh);

        assertThat(model.counts()).hasSize(RecordKind.values().length - 1)
                .noneMatch(t -> t.kind() == RecordKind.AUDIT_ENTRIES)
                .contains(new CountTile(RecordKind.PEOPLE, 42));
        assertThat(model.followUps()).hasSize(1);
        assertThat(model.todayProperty().get()).isEqualTo(today);
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void refreshShowsTheImportantRelationsGoingCold() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        var cold = new RelationshipHealth(PartyRef.person(7), "Ada Exempelsson", "Region Testlän", 5, 4, 30,
                today.minusDays(75), 75, 1, 12, 45, RelationshipHealthStatus.COLD);
        var overview = new HomeOverview(today, new RecordCounts(Map.of()), List.of(), List.of(), List.of(), List.of(cold));
        var model = new HomeViewModel(() -> overview, tasks, errors);
        onFx(model::refresh);

        assertThat(model.coldRelations()).containsExactly(cold);
    }

    @Test
    void aFailedRefreshShowsAShortMessage() {
        var model = new HomeViewModel(() -> {
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED, "x", null);
        }, tasks, errors);
        onFx(model::refresh);

        assertThat(model.errorProperty().get()).isEqualTo(MESSAGES.get("error.damaged"));
        assertThat(model.loadedProperty().get()).isFalse();
    }
}
