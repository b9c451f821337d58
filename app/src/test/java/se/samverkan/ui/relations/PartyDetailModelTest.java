package se.samverkan.ui.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.ui.relations.RelationsFixture.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.Relationship;

class PartyDetailModelTest {

    @TempDir
    Path dir;
    private RelationsFixture fx;
    private PartyDetailModel model;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fx = new RelationsFixture(dir);
        model = new PartyDetailModel(fx.overviews::of, new PartyDetailModel.Actions(fx.interactions::markDone,
                fx.relationships::delete, fx.interactions::delete), fx.tasks, fx.errors);
        model.setOnChanged(changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void showingAPartyReadsItsRelationsContactsAndAssessments() {
        fx.relationships.create(new Relationship(0, fx.ada.personId(), null, fx.bo.personId(), null, "KNOWS", 3, null,
                null, null), null);
        fx.stakeholders.assess(fx.ada, 4, 2, null, null);
        onFx(() -> model.show(fx.ada));

        var overview = model.overviewProperty().get();
        assertThat(overview.relations()).singleElement().satisfies(r -> assertThat(r.otherName()).isEqualTo("Bo Påhittad"));
        assertThat(overview.assessments()).hasSize(1);
        assertThat(overview.health()).isNotNull();
        onFx(() -> model.show(null));
        assertThat(model.overviewProperty().get()).isNull();
    }

    @Test
    void markingAFollowUpDoneFromThePaneReloadsItAndTellsTheHomeScreen() {
        var logged = fx.interactions.log(new InteractionLog(new Interaction(0, RelationsFixture.TODAY, "CALL", "Samtal",
                null, null), List.of(fx.ada), List.of(new FollowUp(0, null, null, "Ring tillbaka",
                RelationsFixture.TODAY.plusDays(2), null, null))));
        onFx(() -> model.show(fx.ada));
        long followUp = logged.followUps().get(0).id();

        onFx(() -> model.markDone(followUp));

        var shown = model.overviewProperty().get().interactions().get(0).log().followUps().get(0);
        assertThat(shown.doneOn()).isEqualTo(RelationsFixture.TODAY);
        assertThat(changes).hasValue(1);
        assertThat(fx.interactions.followUpsDue(14)).isEmpty();
    }

    @Test
    void openingTheSamePartyAgainReadsItAgain() {
        onFx(() -> model.show(fx.ada));
        assertThat(model.overviewProperty().get().assessments()).isEmpty();
        fx.stakeholders.assess(fx.ada, 3, 3, null, "Bedömd någon annanstans");

        onFx(() -> model.show(fx.ada));

        assertThat(model.overviewProperty().get().assessments()).hasSize(1);
    }
}
