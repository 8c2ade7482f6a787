package org.avec.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.Member;
import org.avec.MemberAccount;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.examples.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replaying a whole cycle's events and computing its share-out: avec against a plain {@code long}-array
 * reference doing the same work. The events come from the demo simulation (fixed seed), so every run
 * measures the same cycles. Setup checks that both give the same payouts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReplayBenchmark {

    /** Members in the group. */
    @Param({"25"})
    public int members;

    /** Meetings in the cycle. */
    @Param({"52"})
    public int meetings;

    Constitution constitution;
    List<Member> founders;
    List<Event> events;
    Reference reference;

    /** Simulates the cycle once and checks avec and the reference agree on every payout. */
    @Setup(Level.Trial)
    public void setUp() {
        Cycle cycle = Simulation.run(2026, members, meetings);
        constitution = cycle.constitution();
        founders = new ArrayList<>(cycle.founders());
        events = cycle.events();
        reference = Reference.of(constitution, founders, events);
        long[] expected = reference.replayAndShareOut();
        ShareOut s = avec();
        for (int i = 0; i < founders.size(); i++) {
            MemberAccount a = cycle.member(founders.get(i).id());
            long avecNet = a.isActive() ? Reference.minor(line(s, a).net()) : 0;
            if (avecNet != expected[i]) {
                throw new IllegalStateException("the reference and avec differ for " + a.id() + ": " + expected[i]
                        + " vs " + avecNet);
            }
        }
    }

    private static ShareOutLine line(ShareOut s, MemberAccount a) {
        return s.line(a.id().value());
    }

    /**
     * The number of events replayed per cycle.
     *
     * @return the event count
     */
    public int eventCount() {
        return events.size();
    }

    /**
     * avec: replay the events into a new cycle and compute the share-out.
     *
     * @return the share-out
     */
    @Benchmark
    public ShareOut avec() {
        return Cycle.start(constitution, Simulation.mad("0"), Simulation.mad("0"), founders).recordAll(events).shareOut();
    }

    /**
     * The floor: the same work with long arithmetic and arrays.
     *
     * @return each member's net payout
     */
    @Benchmark
    public long[] reference() {
        return reference.replayAndShareOut();
    }
}
