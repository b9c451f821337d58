package se.samverkan.service.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.demo.DemoDataService;
import se.samverkan.service.demo.DemoOptions;
import se.samverkan.service.demo.DemoProgress;

/**
 * Export of 100,000 people to .xlsx (issue #7: ≤ 3 s with bounded heap), in a fork limited to a 256 MB heap: the
 * people stream from the database to the SXSSF writer, so the heap never holds the list. The demo database of 100,000
 * people is built once in {@code target/bench-data} (about ten minutes on a 2-core machine) and reused by later runs.
 * The fork's peak heap use is printed at the end. The CSV export is measured alongside for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class PeopleExportBenchmark {

    private static final int PEOPLE = 100_000;
    private static final String PASSWORD = "demo-pass-123";

    private Workspace workspace;
    private ExportService export;
    private Path out;

    @Setup(Level.Trial)
    public void open() throws Exception {
        Path dataDir = Path.of("target", "bench-data", "people-" + PEOPLE).toAbsolutePath();
        if (Workspace.exists(dataDir)) {
            workspace = Workspace.open(dataDir, PASSWORD.toCharArray());
        } else {
            workspace = Workspace.create(dataDir, PASSWORD.toCharArray());
            DemoDataService.fill(workspace, DemoOptions.standard(LocalDate.now()).withPeople(PEOPLE), DemoProgress.NONE);
        }
        export = new ExportService(workspace, Messages.of(Messages.SWEDISH));
        out = Files.createTempDirectory("people-export");
    }

    @Benchmark
    public int xlsx() throws Exception {
        return export.write(ListKind.PEOPLE, out.resolve("personer.xlsx"), false, ';');
    }

    @Benchmark
    public int csv() throws Exception {
        return export.write(ListKind.PEOPLE, out.resolve("personer.csv"), false, ';');
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%npeak heap used (sum of pool peaks): %d MB of max %d MB%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        workspace.close();
        Files.deleteIfExists(out.resolve("personer.xlsx"));
        Files.deleteIfExists(out.resolve("personer.csv"));
        Files.deleteIfExists(out);
    }
}
