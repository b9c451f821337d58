package se.samverkan.service.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.samverkan.domain.Period;
import se.samverkan.domain.PeriodKind;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.demo.DemoDataService;
import se.samverkan.service.demo.DemoOptions;
import se.samverkan.service.demo.DemoProgress;

/**
 * Issue #7's goal: the steering-group PDF for 12 branches × 8 goals with charts in at most 1 s, warm; and the
 * branch-board PDF of one branch measured the same way. Both read the standard demo database (12 branches, 600
 * people) built once in the set-up, and write the file as the command line does (gathering, layout passes, save).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class SteeringReportBenchmark {

    private Path dir;
    private Workspace workspace;
    private SteeringReport steering;
    private BoardReport board;
    private Period period;
    private long branchId;

    @Setup
    public void demoDatabase() throws IOException {
        dir = Files.createTempDirectory("steering-bench");
        workspace = Workspace.create(dir.resolve("data"), "bench-pass-123".toCharArray());
        LocalDate today = LocalDate.now();
        DemoDataService.fill(workspace, DemoOptions.standard(today), DemoProgress.NONE);
        Messages messages = Messages.of(Messages.SWEDISH);
        Clock clock = Clock.systemDefaultZone();
        steering = new SteeringReport(workspace, messages, clock);
        board = new BoardReport(workspace, messages, clock);
        period = Period.containing(today, PeriodKind.HALF);
        branchId = workspace.read(s -> s.branches().all().get(0).id());
    }

    @TearDown
    public void delete() throws IOException {
        workspace.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public byte[] steeringReport12Branches() throws IOException {
        return steering.write(period, SteeringReport.Options.everything("Benchmark"), dir.resolve("styrgrupp.pdf"),
                ReportProgress.NONE).pdf();
    }

    @Benchmark
    public byte[] boardReportOneBranch() throws IOException {
        return board.write(branchId, period, BoardReport.Options.everything("Benchmark"), dir.resolve("styrelse.pdf"),
                ReportProgress.NONE).pdf();
    }
}
