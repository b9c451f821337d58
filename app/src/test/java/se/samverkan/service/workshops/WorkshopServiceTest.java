package se.samverkan.service.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.GenderSplitCount;
import se.samverkan.domain.MaterialItem;
import se.samverkan.domain.Participation;
import se.samverkan.domain.Workshop;
import se.samverkan.domain.WorkshopFilter;
import se.samverkan.domain.WorkshopPlan;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.service.network.ValidationException;

class WorkshopServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    @TempDir
    Path dir;
    private Workspace workspace;
    private WorkshopService service;
    private long norr;
    private long syd;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        service = new WorkshopService(workspace, Locale.ROOT,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        norr = branch(901, "Testavdelning Norr", "06");
        syd = branch(902, "Testavdelning Syd", "07");
    }

    private long branch(int number, String name, String county) {
        return workspace.inTransaction(s -> s.branches().create(
                new Branch(0, number, name, "SE21", List.of(county), null, null)).id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Workshop workshop(long id, String status, LocalDate date, LocalTime start, LocalTime end, List<Long> branches) {
        return new Workshop(id, "Hållbart arbete för styrelsen", "SUSTAINABLE_WORK", status, date, start, end, "0680",
                "Folkets hus", null, "Testledare", null, branches, List.of());
    }

    static List<AgendaItem> agenda(int... minutes) {
        List<AgendaItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            items.add(new AgendaItem(0, 0, i, "Punkt " + (i + 1), minutes[i]));
        }
        return items;
    }

    static WorkshopPlan plan(Workshop w, List<AgendaItem> agenda) {
        return new WorkshopPlan(w, agenda, List.of(), List.of());
    }

    @Test
    void agendaLongerThanTheSessionIsFlaggedWithTheOverrun() {
        var plan = plan(workshop(0, "PLANNED", TODAY.plusDays(7), LocalTime.of(9, 0), LocalTime.of(12, 0), List.of()),
                agenda(60, 90, 45));

        AgendaFit fit = WorkshopService.fit(plan);

        assertThat(fit.fits()).isFalse();
        assertThat(fit.overrunMinutes()).isEqualTo(15);
        assertThat(fit.slack()).isEqualTo(-15);
        // A warning, not an error: the plan may still be saved and shortened later.
        assertThat(service.validate(plan).valid()).isTrue();
    }

    @Test
    void anAgendaWithinTheSessionFitsWithTimeToSpare() {
        AgendaFit fit = AgendaFit.of(LocalTime.of(13, 0), LocalTime.of(16, 0), List.of(60, 60));

        assertThat(fit.fits()).isTrue();
        assertThat(fit.slack()).isEqualTo(60);
        assertThat(AgendaFit.of(null, LocalTime.of(16, 0), List.of(600)).known()).isFalse();
    }

    @Test
    void agendaTimesFollowTheSessionStart() {
        assertThat(AgendaFit.startTimes(LocalTime.of(9, 30), List.of(15, 60, 45)))
                .containsExactly(LocalTime.of(9, 30), LocalTime.of(9, 45), LocalTime.of(10, 45));
        assertThat(AgendaFit.startTimes(null, List.of(15))).isEmpty();
    }

    @Test
    void aHeldWorkshopNeedsADate() {
        var held = plan(workshop(0, "HELD", null, null, null, List.of()), List.of());

        assertThat(service.validate(held).errors())
                .contains(new FieldError(WorkshopService.HELD_ON, FieldProblem.REQUIRED.messageKey()));
        assertThatThrownBy(() -> service.save(held)).isInstanceOf(ValidationException.class);
        assertThat(service.validate(plan(workshop(0, "IDEA", null, null, null, List.of()), List.of())).valid()).isTrue();
    }

    @Test
    void aWorkshopCannotBeHeldInTheFutureNorEndBeforeItStarts() {
        var plan = plan(workshop(0, "HELD", TODAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(9, 0), List.of()),
                List.of());

        assertThat(service.validate(plan).errors()).containsExactlyInAnyOrder(
                new FieldError(WorkshopService.HELD_ON, FieldProblem.IN_THE_FUTURE.messageKey()),
                new FieldError(WorkshopService.END_TIME, FieldProblem.END_BEFORE_START.messageKey()));
    }

    @Test
    void aHeldWorkshopCannotGoBackToAnIdea() {
        var saved = service.save(plan(workshop(0, "HELD", TODAY, null, null, List.of(norr)), List.of()));

        var back = plan(workshop(saved.workshop().id(), "IDEA", TODAY, null, null, List.of(norr)), List.of());

        assertThat(service.validate(back).errors())
                .containsExactly(new FieldError(WorkshopService.STATUS, FieldProblem.STATUS_CHANGE.messageKey()));
    }

    @Test
    void participantsAreCountedPerBranchAndGender() {
        var w = workshop(0, "HELD", TODAY.minusDays(2), LocalTime.of(9, 0), LocalTime.of(15, 0), List.of(norr, syd));
        var saved = service.save(new WorkshopPlan(w, agenda(60), List.of(), List.of(
                new Participation(0, norr, 4, 7, 0), new Participation(0, syd, 3, 2, 1))));

        var found = service.find(saved.workshop().id()).orElseThrow();
        assertThat(found.participants()).extracting(Participation::branchId, Participation::women, Participation::men)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(norr, 4, 7),
                        org.assertj.core.groups.Tuple.tuple(syd, 3, 2));
        assertThat(WorkshopService.totals(found.participants())).isEqualTo(new GenderSplitCount(17, 7, 9, null));
        assertThat(service.list(WorkshopFilter.all())).singleElement()
                .satisfies(row -> assertThat(row.participants()).isEqualTo(17));
        // The detail pane shows the invited branches, the agenda's length and the counts by gender.
        var detail = new se.samverkan.service.home.SearchService(workspace, Locale.ROOT)
                .detail(se.samverkan.domain.SearchKind.WORKSHOP, found.workshop().id()).orElseThrow();
        assertThat(detail.fields()).extracting(f -> f.labelKey(), f -> f.value()).contains(
                org.assertj.core.groups.Tuple.tuple("ui.detail.branches", "Testavdelning Norr, Testavdelning Syd"),
                org.assertj.core.groups.Tuple.tuple("ui.detail.agenda_minutes", "60 min"),
                org.assertj.core.groups.Tuple.tuple("ui.detail.women", "7"),
                org.assertj.core.groups.Tuple.tuple("ui.detail.men", "9"));
    }

    @Test
    void participantsOfABranchThatWasNotInvitedAreRejected() {
        var w = workshop(0, "HELD", TODAY, null, null, List.of(norr));
        var plan = new WorkshopPlan(w, List.of(), List.of(), List.of(new Participation(0, syd, 1, 1, 0)));

        assertThat(service.validate(plan).errors())
                .containsExactly(new FieldError(WorkshopService.PARTICIPANTS, FieldProblem.NOT_INVITED.messageKey()));
    }

    @Test
    void agendaMaterialsAndBranchesAreSavedInOrderAndAudited() {
        var w = workshop(0, "PLANNED", TODAY.plusDays(14), LocalTime.of(9, 0), LocalTime.of(12, 0), List.of(syd, norr));
        var saved = service.save(new WorkshopPlan(w, agenda(30, 90, 60),
                List.of(new MaterialItem("Projektor", true), new MaterialItem("  ", false),
                        new MaterialItem("Deltagarlista ", false)), List.of()));
        long id = saved.workshop().id();

        var edited = new WorkshopPlan(saved.workshop(), List.of(saved.agenda().get(1), saved.agenda().get(0)),
                saved.materials(), List.of());
        service.save(edited);

        var found = service.find(id).orElseThrow();
        assertThat(found.agenda()).extracting(AgendaItem::title).containsExactly("Punkt 2", "Punkt 1");
        assertThat(found.materials()).containsExactly(new MaterialItem("Projektor", true),
                new MaterialItem("Deltagarlista", false));
        assertThat(found.workshop().branchIds()).containsExactlyInAnyOrder(norr, syd);
        var audit = workspace.read(s -> s.audit().forRecord("workshop", id));
        assertThat(audit).extracting(e -> e.action()).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void theListFiltersByStatusBranchCountyAndPeriod() {
        service.save(plan(workshop(0, "PLANNED", TODAY.plusDays(10), null, null, List.of(norr)), List.of()));
        service.save(plan(workshop(0, "IDEA", null, null, null, List.of(syd)), List.of()));

        assertThat(service.list(new WorkshopFilter(null, "PLANNED", null, null, null, null, null))).hasSize(1);
        assertThat(service.list(new WorkshopFilter(null, null, null, null, syd, null, null))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("IDEA"));
        assertThat(service.list(new WorkshopFilter(null, null, null, "07", null, null, null))).hasSize(1);
        assertThat(service.list(new WorkshopFilter(null, null, null, null, null, TODAY, TODAY.plusDays(30)))).hasSize(1);
        assertThat(service.list(new WorkshopFilter("styrelsen", null, "SUSTAINABLE_WORK", null, null, null, null)))
                .hasSize(2);
        assertThat(service.types()).hasSize(8).last().satisfies(t -> assertThat(t.code()).isEqualTo("OTHER"));
    }
}
