package se.samverkan.service.demo;

import java.util.List;
import java.util.function.Consumer;
import se.samverkan.store.DemoActivityWriter;
import se.samverkan.store.DemoDataWriter;

/**
 * Writes a generated data set in dependency order, a thousand rows at a time, so memory per statement stays small,
 * progress moves evenly and a cancel request is honoured within one batch.
 */
final class DemoLoad {

    static final int BATCH = 1_000;
    /** Share of the progress bar spent generating before the first row is written. */
    static final double GENERATED = 0.1;
    private static final double WRITTEN = 0.98;

    private final DemoDataWriter writer;
    private final DemoActivityWriter activities;
    private final DemoProgress progress;
    private final long total;
    private long done;

    DemoLoad(DemoDataWriter writer, DemoProgress progress, DemoDataSet data) {
        this.writer = writer;
        this.activities = writer.activities();
        this.progress = progress;
        this.total = Math.max(1, data.mainRows());
    }

    void write(DemoDataSet data) {
        write(data.branches(), writer::branches, DemoSteps.ORGANISATIONS);
        write(data.activeMembers(), writer::activeMembers, DemoSteps.ORGANISATIONS);
        write(data.organisations(), writer::organisations, DemoSteps.ORGANISATIONS);
        write(data.people(), writer::people, DemoSteps.PEOPLE);
        write(data.politicalOffices(), writer::politicalOffices, DemoSteps.PEOPLE);
        write(data.relationships(), writer::relationships, DemoSteps.NETWORK);
        write(data.assessments(), writer::assessments, DemoSteps.NETWORK);
        write(data.interactions(), writer::interactions, DemoSteps.NETWORK);
        write(data.participants(), writer::participants, DemoSteps.NETWORK);
        write(data.forums(), activities::forums, DemoSteps.FORUMS);
        write(data.seats(), activities::seats, DemoSteps.FORUMS);
        write(data.forumMeetings(), activities::forumMeetings, DemoSteps.FORUMS);
        write(data.followUps(), writer::followUps, DemoSteps.NETWORK);
        write(data.workshops(), activities::workshops, DemoSteps.WORKSHOPS);
        write(data.agendaItems(), activities::agendaItems, DemoSteps.WORKSHOPS);
        write(data.participations(), activities::participations, DemoSteps.WORKSHOPS);
        write(data.targets(), activities::targets, DemoSteps.GOALS);
        write(data.outcomes(), activities::outcomes, DemoSteps.GOALS);
        write(data.demands(), activities::demands, DemoSteps.POLITICS);
        write(data.fundingProjects(), activities::fundingProjects, DemoSteps.FUNDING);
    }

    private <T> void write(List<T> rows, Consumer<List<T>> target, String step) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            DemoDataService.checkCancelled(progress);
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            target.accept(chunk);
            done += chunk.size();
            progress.update(GENERATED + (WRITTEN - GENERATED) * done / total, step);
        }
    }
}
