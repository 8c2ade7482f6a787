package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The share-out's rounding has a path in {@code long}s (the one groups take) and an exact one in big integers for
 * figures too large for longs: both give the same parts and the same exact entitlements wherever the longs fit, and
 * the long path steps aside (null) where they would overflow.
 */
class RoundingPathsProperties {

    static ShareOut.Figures figures(Random r, int n, long scale) {
        ShareOut.Figures f = new ShareOut.Figures(n, 2);
        long total = 0;
        for (int i = 0; i < n; i++) {
            f.weight[i] = r.nextInt(4) == 0 ? 0 : 1 + Math.floorMod(r.nextLong(), scale);
            f.shares[i] = r.nextInt(100);
            total += f.weight[i];
        }
        f.totalWeight = total;
        f.shared = Math.floorMod(r.nextLong(), 2 * scale * 1000) - scale * 300;
        return f;
    }

    @Property(tries = 500)
    void both_paths_give_the_same_parts_and_exact_entitlements(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n,
            @ForAll @IntRange(min = 1, max = 6) int magnitude) {
        Random r = new Random(seed);
        long scale = 1;
        for (int k = 0; k < magnitude * 2; k++) {
            scale *= 10;
        }
        ShareOut.Figures f = figures(r, n, scale);
        long[] base = new long[n];
        boolean[] in = new boolean[n];
        for (int i = 0; i < n; i++) {
            base[i] = r.nextInt(3) == 0 ? 0 : Math.floorMod(r.nextLong(), scale * 100);
            in[i] = r.nextInt(5) != 0;
        }
        long unit = new long[] {1, 5, 10, 25, 100}[r.nextInt(5)];
        for (ShareOutPolicy.Rounding rounding : ShareOutPolicy.Rounding.values()) {
            long[] fast = Sharing.roundInLongs(f, base, in, unit, rounding);
            long fastRate = f.valuePerWeightRounded;
            long[] fastNumerators = f.exactNumerators;
            long[] exact = Sharing.roundExact(f, base, in, unit, rounding);
            if (fast == null) {
                continue;
            }
            assertThat(fast).as("%s", rounding).isEqualTo(exact);
            assertThat(fastRate).isEqualTo(f.valuePerWeightRounded);
            for (int i = 0; i < n; i++) {
                assertThat(BigInteger.valueOf(fastNumerators[i])).isEqualTo(f.exactNumeratorsBig[i]);
            }
        }
    }

    @Property(tries = 50)
    void the_long_path_steps_aside_where_a_product_would_overflow(@ForAll long seed) {
        Random r = new Random(seed);
        ShareOut.Figures f = figures(r, 3, 1_000);
        f.weight[0] = Long.MAX_VALUE / 4;
        f.totalWeight = f.weight[0] + f.weight[1] + f.weight[2];
        f.shared = Long.MAX_VALUE / 8;
        long[] base = {0, 0, 0};
        boolean[] in = {true, true, true};
        assertThat(Sharing.roundInLongs(f, base, in, 1, ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN)).isNull();
        long[] parts = Sharing.round(f, base, in, 1, ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN);
        assertThat(parts[0]).isPositive();
        assertThat(f.exactNumeratorsBig).isNotNull();
    }
}
