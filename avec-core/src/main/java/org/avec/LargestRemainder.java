package org.avec;

import java.math.BigInteger;

/**
 * The largest-remainder split. "Everyone's part is her share of the total by weight, rounded down to the coins the
 * group hands out; the whole coins left over go one each to those whose share lost most in the rounding (the largest
 * remainders), ties to the larger weight, then to the earlier in the list." Used by the share-out and by
 * {@link Allocation}; each part comes from {@link MinorUnits#partDown}.
 */
final class LargestRemainder {

    private LargestRemainder() {}

    /**
     * Splits a total among weights in whole units: each part is {@link MinorUnits#partDown}; if {@code distribute}, the
     * whole units left go one each to the largest remainders (ties: larger weight, then earlier position).
     */
    static long[] split(long total, long[] weights, long unit, boolean distribute) {
        int n = weights.length;
        long[] parts = new long[n];
        long sum = 0;
        for (long w : weights) {
            sum = Math.addExact(sum, w);
        }
        if (n == 0 || sum == 0 || total == 0) {
            return parts;
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            parts[i] = MinorUnits.partDown(total, weights[i], sum, unit);
            given += parts[i];
        }
        long extra = (total - given) / unit;
        if (distribute && extra > 0) {
            // each part's remainder, total × w − part × sum (the same order as total × w mod (sum × unit)): in longs
            // when every product fits, else exactly
            final boolean fits = fitsInLongs(total, weights, parts, sum);
            long[] small = fits ? new long[n] : null;
            BigInteger[] big = fits ? null : new BigInteger[n];
            for (int i = 0; i < n; i++) {
                if (fits) {
                    small[i] = total * weights[i] - parts[i] * sum;
                } else {
                    big[i] = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                            .subtract(BigInteger.valueOf(parts[i]).multiply(BigInteger.valueOf(sum)));
                }
            }
            handOut(parts, extra, unit, (a, b) -> fits ? Long.compare(small[b], small[a]) : big[b].compareTo(big[a]),
                    weights);
        }
        return parts;
    }

    /**
     * Positions 0..n-1 ordered by {@code byRemainder}, then by larger weight; a full tie keeps the order of the
     * positions (the sort is stable).
     */
    /** Whether every remainder can be worked out in longs (the exact path gives the same order, only slower). */
    private static boolean fitsInLongs(long total, long[] weights, long[] parts, long sum) {
        boolean inLongs = true;
        for (int i = 0; i < weights.length && inLongs; i++) {
            inLongs = Math.multiplyHigh(total, weights[i]) == 0 && total * weights[i] >= 0
                    && Math.multiplyHigh(parts[i], sum) == 0 && parts[i] * sum >= 0;
        }
        return inLongs;
    }

    /**
     * Gives {@code extra} whole units, one each, to the parts whose rounding lost most: {@code byRemainder} orders two
     * positions by their remainders, largest first; ties go to the larger weight, then the earlier position.
     */
    static void handOut(long[] parts, long extra, long unit, java.util.function.IntBinaryOperator byRemainder,
            long[] weights) {
        int[] order = largestFirst(parts.length, byRemainder, weights);
        for (int k = 0; k < extra; k++) {
            parts[order[k]] += unit;
        }
    }

    private static int[] largestFirst(int n, java.util.function.IntBinaryOperator byRemainder, long[] weights) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // insertion sort: a group has tens of members, and this keeps the order stable without boxing
        for (int i = 1; i < n; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && before(x, order[j], byRemainder, weights)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        return order;
    }

    private static boolean before(int a, int b, java.util.function.IntBinaryOperator byRemainder, long[] weights) {
        int c = byRemainder.applyAsInt(a, b);
        if (c != 0) {
            return c < 0;
        }
        return Long.compare(weights[b], weights[a]) < 0;
    }
}
