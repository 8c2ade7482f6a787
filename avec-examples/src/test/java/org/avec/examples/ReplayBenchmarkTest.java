package org.avec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.avec.examples.bench.ReplayBenchmark;
import org.junit.jupiter.api.Test;

/** Runs the benchmark's set-up and each benchmark method once (no timing): the benchmark cannot rot. */
class ReplayBenchmarkTest {

    @Test
    void avec_and_the_reference_agree_on_every_payout() {
        for (int[] size : new int[][] {{10, 12}, {10, 52}, {10, 104}, {25, 52}, {100, 104}}) {
            ReplayBenchmark b = new ReplayBenchmark();
            b.members = size[0];
            b.meetings = size[1];
            b.setUp(); // throws if any payout differs
            assertThat(b.eventCount()).isGreaterThan(size[0] * size[1]);
            assertThat(b.avec().totalPaidOut()).isNotNull();
            long sum = 0;
            for (long p : b.reference()) {
                sum += p;
            }
            assertThat(sum).isEqualTo(b.avec().totalPaidOut().getNumber().numberValue(java.math.BigDecimal.class)
                    .movePointRight(2).longValueExact());
            assertThat(b.readEvents()).isEqualTo(b.readEvents()).isNotZero();
            assertThat(b.naiveMoneta()).hasSize(size[0]);
            assertThat(b.avecWithLines()).isEqualTo(b.avec().lines()).hasSize(b.avec().lines().size()).isNotEmpty();
        }
    }
}
