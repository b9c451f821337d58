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
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;

class RelationshipFormModelTest {

    @TempDir
    Path dir;
    private RelationsFixture fx;
    private final List<Long> saved = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        fx = new RelationsFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private RelationshipFormModel form(PartyRef self, Relationship original, Named other) {
        return new RelationshipFormModel(self, original, other, "", fx.relationships, fx.tasks, fx.failures::add, saved::add);
    }

    private static void save(RelationshipFormModel form) {
        onFx(() -> form.check(ok -> form.save(done -> { })));
    }

    @Test
    void aNewRelationshipGoesFromTheOpenedPartyToTheChosenOne() {
        var form = form(fx.ada, null, null);
        form.other().set(new Named(fx.region, "Region Testlän"));
        form.kind().set("WORKS_AT");
        form.strength().set(4);
        form.ownerBranchId().set(null);
        save(form);

        assertThat(saved).hasSize(1);
        Relationship stored = fx.relationships.of(fx.ada).get(0);
        assertThat(new PartyRef(stored.fromPersonId(), stored.fromOrgId())).isEqualTo(fx.ada);
        assertThat(new PartyRef(stored.toPersonId(), stored.toOrgId())).isEqualTo(fx.region);
        assertThat(stored.strength()).isEqualTo(4);
        assertThat(stored.ownerBranchId()).as("owned by the coordinator").isNull();
    }

    @Test
    void aRelationshipWithoutTheOtherPartyIsShownAtThePicker() {
        var form = form(fx.ada, null, null);
        save(form);

        assertThat(form.otherField()).isEqualTo("to");
        assertThat(form.fieldErrors()).containsEntry("to", "ui.validation.required");
        assertThat(saved).isEmpty();
    }

    @Test
    void aChangedRelationshipKeepsItsDirectionAndNotes() {
        Relationship original = fx.relationships.create(new Relationship(0, fx.bo.personId(), null, fx.ada.personId(), null,
                "KNOWS", 2, null, null, null), "Träffades på mässan");
        var form = new RelationshipFormModel(fx.ada, original, new Named(fx.bo, "Bo Påhittad"),
                fx.relationships.notes(original.id()), fx.relationships, fx.tasks, fx.failures::add, saved::add);
        assertThat(form.otherField()).as("the other party is the from side").isEqualTo("from");
        assertThat(form.notes().get()).isEqualTo("Träffades på mässan");
        form.strength().set(5);
        save(form);

        Relationship stored = fx.relationships.of(fx.ada).get(0);
        assertThat(stored.id()).isEqualTo(original.id());
        assertThat(stored.fromPersonId()).isEqualTo(fx.bo.personId());
        assertThat(stored.toPersonId()).isEqualTo(fx.ada.personId());
        assertThat(stored.strength()).isEqualTo(5);
    }

    @Test
    void anEndBeforeTheStartIsShownAtTheEndField() {
        var form = form(fx.ada, null, null);
        form.other().set(new Named(fx.bo, "Bo Påhittad"));
        form.since().set(RelationsFixture.TODAY.minusYears(1));
        form.endedOn().set(RelationsFixture.TODAY.minusYears(2));
        save(form);

        assertThat(form.fieldErrors()).containsEntry("endedOn", "ui.validation.beforeStart");
    }
}
