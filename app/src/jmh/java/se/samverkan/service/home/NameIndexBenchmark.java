package se.samverkan.service.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.samverkan.domain.NameKey;

/**
 * The people half of search-as-you-type over 100,000 people (issue #3: p95 ≤ 20 ms per keystroke at the service
 * layer). SampleTime mode reports the percentiles; each keystroke of "kvarnström" is one query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NameIndexBenchmark {

    private static final String[] FIRST = {"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Sara", "Nils"};
    private static final String[] PREFIX = {"Alm", "Berg", "Kvarn", "Lind", "Sjö", "Ek", "Hag", "Ström", "Norr", "Sund"};
    private static final String[] SUFFIX = {"strand", "holm", "berg", "lund", "kvist", "gren", "dal", "vik", "näs", "by"};

    @Param("100000")
    int people;

    private NameIndex index;
    private final String[] keystrokes = {"kv", "kva", "kvar", "kvarn", "kvarns", "kvarnst", "kvarnstr", "kvarnströ", "xq"};
    private int next;

    @Setup
    public void index() {
        Random random = new Random(3);
        List<NameKey> keys = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = PREFIX[random.nextInt(PREFIX.length)] + SUFFIX[random.nextInt(SUFFIX.length)].toLowerCase();
            keys.add(new NameKey(i, first + " " + last + " " + first.toLowerCase() + "." + last.toLowerCase() + "@example.se"));
        }
        index = NameIndex.of(keys);
    }

    @Benchmark
    public List<Long> keystroke() {
        String q = keystrokes[next++ % keystrokes.length];
        return index.find(q, SearchService.LIMIT_PER_KIND);
    }
}
