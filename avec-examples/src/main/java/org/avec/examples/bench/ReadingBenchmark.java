package org.avec.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.avec.examples.ProgrammeGenerator;
import org.avec.tools.audit.GroupFiles;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a group's files as the programme report does: its constitution and records read, checked and replayed
 * ({@code GroupFiles.read}), against replaying the same records already in memory ({@code replayOnly}): the difference
 * is what reading the files costs. The groups are written by {@link ProgrammeGenerator} (fixed seeds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadingBenchmark {

    /** Groups written, read in turn. */
    @Param({"16"})
    public int groups;

    Path folder;
    org.avec.Cycle[] cycles;
    int next;

    /** Writes the groups' files once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("avec-reading");
        ProgrammeGenerator.write(groups, folder);
        cycles = new org.avec.Cycle[groups];
        for (int k = 0; k < groups; k++) {
            GroupFiles.Result r = read(k);
            if (r.cycle() == null) {
                throw new IllegalStateException("group " + k + " cannot be read: " + r.problems());
            }
            cycles[k] = r.cycle();
        }
    }

    private GroupFiles.Result read(int k) {
        Path dir = folder.resolve(String.format("avec-%03d", k + 1));
        return GroupFiles.read(dir.resolve("constitution.properties"), dir.resolve("records.csv"));
    }

    /**
     * One group's files read, checked and replayed.
     *
     * @return the result
     */
    @Benchmark
    public GroupFiles.Result readAndReplay() {
        return read(next++ % groups);
    }

    /**
     * The same group's records replayed from memory: no file read.
     *
     * @return the cycle
     */
    @Benchmark
    public org.avec.Cycle replayOnly() {
        org.avec.Cycle c = cycles[next++ % groups];
        return org.avec.Cycle.replay(c.constitution(), c.opening(), c.events());
    }

    /** Removes the files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
