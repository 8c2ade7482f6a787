package org.avec.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.money.CurrencyUnit;
import org.avec.Cycle;
import org.avec.examples.Simulation;
import org.avec.indicators.Indicators;
import org.avec.indicators.ProgrammeReport;
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

/**
 * A programme's report over many groups: each group's indicators computed from its replayed cycle, then the reports
 * added up, on every core ({@link ProgrammeReport#of}). The groups are drawn from a pool of 64 simulated cycles (10 to
 * 30 members, 52 weekly meetings), group k being the pool's cycle k mod 64, with its indicators computed afresh; the
 * pool is made once, outside the measurement. {@code replayAndReport} also replays each group's events first, as the
 * {@code avec-report} command does after reading the files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ProgrammeBenchmark {

    /** How many groups the programme has. */
    @Param({"10000", "547000"})
    public int groups;

    private Cycle[] pool;
    private CurrencyUnit currency;

    /** Simulates the pool of cycles. */
    @Setup
    public void simulate() {
        org.avec.tools.QuietMoneta.please();
        pool = new Cycle[64];
        for (int k = 0; k < pool.length; k++) {
            pool[k] = Simulation.run(k, 10 + k % 21, 52);
        }
        currency = pool[0].constitution().currency();
    }

    /**
     * Indicators of every group, tagged with its region, and the programme's report, on every core.
     *
     * @return the report
     */
    @Benchmark
    public ProgrammeReport report() {
        List<ProgrammeReport.Group> tagged = IntStream.range(0, groups).parallel()
                .mapToObj(k -> new ProgrammeReport.Group("g" + k, "Phase " + k % 2, REGIONS[k % 3], "p",
                        Indicators.of(pool[k % 64])))
                .toList();
        return ProgrammeReport.of(currency, tagged);
    }

    /**
     * One group's indicators, on one core: the baseline of the per-core rate.
     *
     * @return the indicators
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Indicators oneGroup() {
        return Indicators.of(pool[(int) (System.nanoTime() & 63)]);
    }

    /**
     * One group's events replayed, then its indicators, on one core: what each group costs the command after reading
     * its files.
     *
     * @return the indicators
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Indicators replayAndOneGroup() {
        Cycle c = pool[(int) (System.nanoTime() & 63)];
        return Indicators.of(Cycle.replay(c.constitution(), c.carriedCapital(), c.carriedSocialFund(), c.founders(),
                c.events()));
    }

    private static final String[] REGIONS = {"Oriental", "Fès-Meknès", "Béni Mellal-Khénifra"};
}
