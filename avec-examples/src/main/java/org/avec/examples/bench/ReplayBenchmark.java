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
    NaiveMoneta naive;
    /** Nothing carried in from a last cycle (made once: the reference makes no amounts either). */
    javax.money.MonetaryAmount zero;

    /** Simulates the cycle once and checks avec and the reference agree on every payout. */
    @Setup(Level.Trial)
    public void setUp() {
        Cycle cycle = Simulation.run(2026, members, meetings);
        constitution = cycle.constitution();
        zero = Simulation.mad("0");
        founders = new ArrayList<>(cycle.founders());
        events = cycle.events();
        reference = Reference.of(constitution, founders, events);
        long[] expected = reference.replayAndShareOut();
        naive = new NaiveMoneta(constitution, founders, events);
        java.util.List<javax.money.MonetaryAmount> naiveNet = naive.replayAndShareOut();
        ShareOut s = avec();
        for (int i = 0; i < founders.size(); i++) {
            MemberAccount a = cycle.member(founders.get(i).id());
            long avecNet = a.isActive() ? Reference.minor(line(s, a).net()) : 0;
            if (avecNet != expected[i]) {
                throw new IllegalStateException("the reference and avec differ for " + a.id() + ": " + expected[i]
                        + " vs " + avecNet);
            }
            if (Reference.minor(naiveNet.get(i)) != expected[i]) {
                throw new IllegalStateException("the reference and the naive Moneta fold differ for " + a.id() + ": "
                        + expected[i] + " vs " + naiveNet.get(i));
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
        return Cycle.start(constitution, zero, zero, founders).recordAll(events).shareOut();
    }

    /**
     * avec, as {@link #avec()}, and then every member's share-out line with its amounts as {@code MonetaryAmount}s
     * (which {@link ShareOut} makes only when they are first asked for).
     *
     * @return the share-out lines
     */
    @Benchmark
    public java.util.List<ShareOutLine> avecWithLines() {
        return avec().lines();
    }

    /**
     * Only reading the events as avec's engine reads them: each event's kind, meeting, member id and amounts in the
     * minor units the event holds, with no rule checked and no state kept ({@link org.avec.EngineReads}). This is
     * what avec pays before it does anything; the reference does not pay it, because it reads arrays made from the
     * events outside the measurement.
     *
     * @return a sum of what was read, so that nothing is optimised away
     */
    @Benchmark
    public long readEvents() {
        return org.avec.EngineReads.read(events);
    }

    /**
     * The same fold as the reference written with Moneta {@code Money} arithmetic and no rules ({@link NaiveMoneta}).
     *
     * @return each member's net payout
     */
    @Benchmark
    public java.util.List<javax.money.MonetaryAmount> naiveMoneta() {
        return naive.replayAndShareOut();
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
