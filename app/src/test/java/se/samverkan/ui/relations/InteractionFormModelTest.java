package se.samverkan.ui.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.ui.relations.RelationsFixture.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import se.samverkan.domain.PartyOverview.Named;

class InteractionFormModelTest {

    @TempDir
    Path dir;
    private RelationsFixture fx;
    private InteractionFormModel form;
    private final List<Long> saved = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fx = new RelationsFixture(dir);
        form = new InteractionFormModel(new Named(fx.ada, "Ada Exempelsson"), RelationsFixture.TODAY,
                fx.interactions::log, fx.tasks, fx.failures::add, saved::add);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void save() {
        onFx(() -> form.check(ok -> {
            if (ok) {
                form.save(done -> { });
            }
        }));
    }

    @Test
    void theOpenedPartyIsTheFirstParticipantAndTodayTheDay() {
        assertThat(form.participants()).extracting(Named::party).containsExactly(fx.ada);
        assertThat(form.occurredOn().get()).isEqualTo(RelationsFixture.TODAY);
    }

    @Test
    void loggingAnInteractionRequiresAParticipant() {
        form.topic().set("Kompetensplattform");
        form.participants().clear();
        save();

        assertThat(form.fieldErrors()).containsEntry("participants", "ui.validation.required");
        assertThat(saved).isEmpty();
        assertThat(fx.interactions.of(fx.ada)).isEmpty();
    }

    @Test
    void aFollowUpWithoutADueDateIsShownAtItsRow() {
        form.topic().set("Kompetensplattform");
        form.addFollowUp().description().set("Skicka underlag");
        save();

        assertThat(form.fieldErrors()).containsEntry(InteractionFormModel.followUpField(0, "dueDate"),
                "ui.validation.required");
        assertThat(saved).isEmpty();
    }

    @Test
    void anInteractionIsSavedWithItsParticipantsAndFollowUpsInOneGo() {
        form.topic().set("Kompetensplattform");
        form.addParticipant(new Named(fx.region, "Region Testlän"));
        form.addParticipant(new Named(fx.region, "Region Testlän"));
        var row = form.addFollowUp();
        row.description().set("Skicka underlag");
        row.dueDate().set(RelationsFixture.TODAY.plusDays(5));
        row.responsible().set("  ");
        save();

        assertThat(form.fieldErrors()).isEmpty();
        assertThat(saved).hasSize(1);
        var logged = fx.interactions.of(fx.region);
        assertThat(logged).singleElement().satisfies(l -> {
            assertThat(l.participants()).containsExactly(fx.ada, fx.region);
            assertThat(l.followUps()).singleElement().satisfies(f -> assertThat(f.responsible()).isNull());
        });
    }
}
