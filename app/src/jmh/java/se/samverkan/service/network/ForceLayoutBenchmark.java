package se.samverkan.service.network;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Issue #3's goal: a map of 2,000 nodes and 6,000 edges lays out in at most 1 s on 2 cores. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class ForceLayoutBenchmark {

    static final int NODES = 2_000;
    static final int EDGES = 6_000;
    static final int ITERATIONS = 150;

    private int[] from;
    private int[] to;
    private double[] weight;

    @Setup
    public void randomNetwork() {
        Random random = new Random(1);
        from = new int[EDGES];
        to = new int[EDGES];
        weight = new double[EDGES];
        for (int i = 0; i < EDGES; i++) {
            from[i] = random.nextInt(NODES);
            to[i] = (from[i] + 1 + random.nextInt(NODES - 1)) % NODES;
            weight[i] = 1 + random.nextInt(5);
        }
    }

    @Benchmark
    public ForceLayout layout2000Nodes6000Edges() {
        ForceLayout layout = new ForceLayout(NODES, from, to, weight, 7);
        layout.run(ITERATIONS, p -> { }, () -> false);
        return layout;
    }
}
