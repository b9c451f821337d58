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

    @Test
    void aChangedContactKeepsItsDoneFollowUpAndDropsTheRemovedOne() {
        form.topic().set("Kompetensplattform");
        form.addParticipant(new Named(fx.region, "Region Testlän"));
        var first = form.addFollowUp();
        first.description().set("Skicka underlag");
        first.dueDate().set(RelationsFixture.TODAY.plusDays(5));
        var second = form.addFollowUp();
        second.description().set("Boka nästa möte");
        second.dueDate().set(RelationsFixture.TODAY.plusDays(9));
        save();
        var logged = fx.interactions.of(fx.ada).get(0);
        fx.interactions.markDone(logged.followUps().get(0).id());
        var stored = fx.interactions.of(fx.ada).get(0);

        var edit = new InteractionFormModel(stored, List.of(new Named(fx.ada, "Ada Exempelsson"),
                new Named(fx.region, "Region Testlän")), fx.interactions::update, fx.tasks, fx.failures::add, saved::add);
        assertThat(edit.isNew()).isFalse();
        assertThat(edit.topic().get()).isEqualTo("Kompetensplattform");
        assertThat(edit.followUps()).hasSize(2);
        edit.topic().set("Kompetensplattformen i mars");
        edit.participants().removeIf(p -> p.party().equals(fx.region));
        edit.participants().add(new Named(fx.bo, "Bo Testberg"));
        edit.followUps().remove(1);
        onFx(() -> edit.check(ok -> {
            if (ok) {
                edit.save(done -> { });
            }
        }));

        assertThat(edit.fieldErrors()).isEmpty();
        assertThat(saved).containsExactly(logged.interaction().id(), logged.interaction().id());
        var changed = fx.interactions.of(fx.ada);
        assertThat(changed).singleElement().satisfies(l -> {
            assertThat(l.interaction().topic()).isEqualTo("Kompetensplattformen i mars");
            assertThat(l.participants()).containsExactlyInAnyOrder(fx.ada, fx.bo);
            assertThat(l.followUps()).singleElement().satisfies(f -> {
                assertThat(f.description()).isEqualTo("Skicka underlag");
                assertThat(f.doneOn()).isEqualTo(RelationsFixture.TODAY);
            });
        });
        assertThat(fx.interactions.of(fx.region)).isEmpty();
    }
}
