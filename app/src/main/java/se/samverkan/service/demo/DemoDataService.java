package se.samverkan.service.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverkan.domain.RecordCounts;
import se.samverkan.domain.RecordKind;
import se.samverkan.service.Workspace;
import se.samverkan.store.DemoDataWriter;
import se.samverkan.store.ReferenceRepository;
import se.samverkan.store.StoreSession;

/** Fills an empty workspace with the fictional demo data set, for a newcomer's first look and for trying things out. */
public final class DemoDataService {

    public static final int DEFAULT_PEOPLE = 600;
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataService.class);

    private DemoDataService() {
    }

    /**
     * Fills an EMPTY workspace (no branches) with the demo data set; one transaction; progress 0..1 reported;
     * cancellable.
     *
     * @throws IllegalStateException  if the workspace holds records already (the demo assigns its own ids)
     * @throws DemoCancelledException if {@code progress} asked to cancel; nothing is written then
     */
    public static DemoSummary fill(Workspace workspace, DemoOptions options, DemoProgress progress) {
        long started = System.nanoTime();
        progress.update(0.0, DemoSteps.GENERATE);
        DemoSummary summary = workspace.inTransaction(session -> {
            requireEmpty(session.counts().all());
            DemoDataSet data = generate(session, options);
            checkCancelled(progress);
            DemoDataWriter writer = session.demoWriter();
            new DemoLoad(writer, progress, data).write(data);
            DerivedTargets.calibrate(session, session.reference().indicators(), data.targets(), options.today(),
                    options.seed());
            // the project's cost for the two demo years, so Kostnadsfördelning has something to split (fictional)
            int year = options.today().getYear();
            session.demoWriter().activities().projectCosts(java.util.Map.of(year - 1, 2_350_000L, year, 2_480_000L));
            checkCancelled(progress);
            progress.update(DemoLoad.GENERATED + 0.88, DemoSteps.FINISH);
            DemoSummary counted = summarise(data, Duration.ofNanos(System.nanoTime() - started));
            writer.recordDemo(counted.describe());
            writer.restartIdentities();
            return counted;
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        progress.update(1.0, DemoSteps.FINISH);
        LOG.info("Demo data loaded: {} people, {} organisations, {} relationships in {} ms", summary.people(),
                summary.organisations(), summary.relationships(), took.toMillis());
        return withTook(summary, took);
    }

    private static DemoDataSet generate(StoreSession session, DemoOptions options) {
        ReferenceRepository reference = session.reference();
        return DemoGenerator.generate(options, reference.counties(), reference.municipalities(),
                reference.indicators(), reference.policyAreas());
    }

    /** Demo ids start at 1, so anything already stored (other than the shipped indicators) would collide. */
    private static void requireEmpty(RecordCounts counts) {
        for (RecordKind kind : RecordKind.values()) {
            if (kind != RecordKind.INDICATORS && kind != RecordKind.AUDIT_ENTRIES && counts.of(kind) > 0) {
                throw new IllegalStateException("the workspace is not empty (" + kind.cliName() + ": "
                        + counts.of(kind) + "); demo data goes into a new database");
            }
        }
    }

    static void checkCancelled(DemoProgress progress) {
        if (progress.cancelled()) {
            throw new DemoCancelledException();
        }
    }

    static DemoSummary summarise(DemoDataSet d, Duration took) {
        return new DemoSummary(d.branches().size(), d.people().size(), d.organisations().size(),
                d.relationships().size(), d.interactions().size(), d.forums().size(), d.seats().size(),
                d.workshops().size(), d.targets().size(), d.outcomes().size(), d.demands().size(),
                d.fundingProjects().size(), took);
    }

    private static DemoSummary withTook(DemoSummary s, Duration took) {
        return new DemoSummary(s.branches(), s.people(), s.organisations(), s.relationships(), s.interactions(),
                s.forums(), s.seats(), s.workshops(), s.targets(), s.outcomes(), s.demands(), s.fundingProjects(), took);
    }
}
