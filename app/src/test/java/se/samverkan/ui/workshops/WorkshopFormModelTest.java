package se.samverkan.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Participation;
import se.samverkan.domain.WorkshopPlan;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.ChoiceService;
import se.samverkan.service.workshops.WorkshopService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class WorkshopFormModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    @TempDir
    Path dir;
    private Workspace workspace;
    private WorkshopService service;
    private WorkshopsViewModel list;
    private long branch;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        service = new WorkshopService(workspace, Messages.SWEDISH,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        branch = workspace.inTransaction(s -> s.branches().create(
                new Branch(0, 98, "Avdelning Test", "SE21", List.of("06"), null, null)).id());
        list = new WorkshopsViewModel(service, new ChoiceService(workspace, Messages.SWEDISH)::choices,
                new se.samverkan.service.calendar.CalendarService(workspace, Messages.of(Messages.SWEDISH)), tasks, errors);
        onFx(list::loadChoices);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WorkshopFormModel newForm() {
        return new WorkshopFormModel(list, list.filters().choices().get(), list.types(), null);
    }

    @Test
    void movingAnAgendaItemMovesTheStartTimesAndTheFitFollowsTheMinutes() {
        var form = newForm();
        form.start().set("9:00");
        form.end().set("10.00");
        form.addAgendaItem();
        form.addAgendaItem();
        form.agenda().get(0).minutes.set("30");
        form.agenda().get(1).minutes.set("45");

        form.move(1, -1);

        assertThat(form.agenda().get(0).minutes.get()).isEqualTo("45");
        assertThat(form.startTimes()).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 45));
        assertThat(form.fit().get().overrunMinutes()).isEqualTo(15);
        form.agenda().get(1).minutes.set("15");
        assertThat(form.fit().get().fits()).isTrue();
    }

    @Test
    void aPlannedWorkshopWithoutADateIsMarkedAtTheDateField() {
        var form = newForm();
        form.type().set("ANALYSIS_MEETING");
        form.title().set("Analysmöte Test");
        form.status().set("PLANNED");

        onFx(() -> form.save(saved -> { }));

        assertThat(form.fieldErrors()).containsKey(WorkshopService.HELD_ON);
    }

    @Test
    void aHeldWorkshopSavesWomenAndMenPerInvitedBranch() {
        var form = newForm();
        form.type().set("ALIF_BRANCH");
        form.title().set("Arbetsliv i förändring, Test");
        form.status().set("HELD");
        form.date().set(TODAY.minusDays(1));
        form.branches().setAll(branch);
        form.count(branch).women.set("5");
        form.count(branch).men.set("8");
        form.goals().setAll(1, 5);
        AtomicReference<WorkshopPlan> saved = new AtomicReference<>();

        onFx(() -> form.save(saved::set));

        assertThat(form.fieldErrors()).isEmpty();
        var found = service.find(saved.get().workshop().id()).orElseThrow();
        assertThat(found.participants()).containsExactly(new Participation(found.workshop().id(), branch, 5, 8, 0));
        assertThat(found.workshop().operationalGoalIds()).containsExactly(1, 5);
    }

    @Test
    void aTimeThatCannotBeReadStopsTheSaveInsteadOfBeingStoredAsNoTime() {
        var form = newForm();
        form.type().set("ANALYSIS_MEETING");
        form.title().set("Analysmöte Test");
        form.date().set(TODAY.plusDays(7));
        form.start().set("9:3O");
        AtomicReference<WorkshopPlan> saved = new AtomicReference<>();

        onFx(() -> form.save(saved::set));

        assertThat(form.fieldErrors()).containsEntry(WorkshopService.END_TIME, "ui.validation.notATime");
        assertThat(saved.get()).isNull();
        assertThat(service.list(se.samverkan.domain.WorkshopFilter.all())).isEmpty();

        form.start().set("9.30");
        onFx(() -> form.save(saved::set));

        assertThat(saved.get().workshop().startTime()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void planningOverAForumMeetingOnNationalDayWarnsOfBoth() {
        LocalDate nationalDay = LocalDate.of(2026, 6, 6);
        workspace.inTransaction(s -> {
            long forum = new se.samverkan.store.StoreFixture(s).forum("Industrirådet Test", "INDUSTRY_COUNCIL");
            return new se.samverkan.store.CalendarFixture(s).meeting(forum, nationalDay, LocalTime.of(10, 0),
                    LocalTime.of(12, 0));
        });
        var form = newForm();
        onFx(() -> {
            form.date().set(nationalDay);
            form.start().set("11:00");
            form.end().set("13:00");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(form.conflicts().get().holiday().nameSv()).isEqualTo("Sveriges nationaldag");
        assertThat(form.conflicts().get().certain()).extracting(se.samverkan.domain.CalendarEvent::title)
                .containsExactly("Industrirådet Test");

        onFx(() -> form.start().set("12:00"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.conflicts().get().certain()).as("touching the meeting's end is no clash").isEmpty();
    }
}
