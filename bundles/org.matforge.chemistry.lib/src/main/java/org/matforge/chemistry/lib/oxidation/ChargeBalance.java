package org.matforge.chemistry.lib.oxidation;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether integer counts times one oxidation state per element can sum to zero, by dynamic programming
 * over the set of reachable charge sums (a bit set per element), and enumerates the assignments that do.
 * Time and memory are bounded by {@code elements × (2·maxCharge + 1)} bits; larger problems are refused.
 */
final class ChargeBalance {
    /** Upper bound on bits held across all layers (16 MB). */
    static final long MAX_BITS = 1L << 27;

    private final long[] counts;
    private final int[][] allowed;
    private final int offset;
    private final int words;
    private final long[][] layers;

    private ChargeBalance(long[] counts, int[][] allowed, int offset) {
        this.counts = counts;
        this.allowed = allowed;
        this.offset = offset;
        this.words = (2 * offset + 1 + 63) / 64;
        this.layers = new long[counts.length + 1][];
    }

    /**
     * @param counts  atoms of each element (non-negative)
     * @param allowed allowed oxidation states of each element (each non-empty)
     * @return the solver, or null when the search space exceeds {@link #MAX_BITS}
     */
    static ChargeBalance prepare(long[] counts, int[][] allowed) {
        long maxCharge = 0;
        for (int i = 0; i < counts.length; i++) {
            int maxAbs = 0;
            for (int s : allowed[i]) {
                maxAbs = Math.max(maxAbs, Math.abs(s));
            }
            maxCharge += counts[i] * maxAbs;
            if (maxCharge > Integer.MAX_VALUE / 4) {
                return null;
            }
        }
        long bits = (2 * maxCharge + 1) * (counts.length + 1);
        if (bits > MAX_BITS) {
            return null;
        }
        ChargeBalance balance = new ChargeBalance(counts, allowed, (int) maxCharge);
        balance.fill();
        return balance;
    }

    private void fill() {
        layers[0] = new long[words];
        set(layers[0], offset);
        for (int i = 0; i < counts.length; i++) {
            long[] next = new long[words];
            for (int s : allowed[i]) {
                shiftOr(layers[i], next, counts[i] * s);
            }
            layers[i + 1] = next;
        }
    }

    /** @return whether some assignment sums to zero */
    boolean balanced() {
        return get(layers[counts.length], offset);
    }

    /**
     * @param limit at most this many assignments
     * @return charge-neutral assignments (one state per element, in input order), states tried in the order of
     *         {@code allowed}; empty when none
     */
    List<int[]> assignments(int limit) {
        List<int[]> out = new ArrayList<>();
        if (balanced()) {
            collect(counts.length - 1, 0, new int[counts.length], out, limit);
        }
        return out;
    }

    private void collect(int i, long sum, int[] chosen, List<int[]> out, int limit) {
        if (i < 0) {
            out.add(chosen.clone());
            return;
        }
        for (int s : allowed[i]) {
            long rest = sum - counts[i] * s;
            if (Math.abs(rest) <= offset && get(layers[i], (int) (rest + offset))) {
                chosen[i] = s;
                collect(i - 1, rest, chosen, out, limit);
                if (out.size() >= limit) {
                    return;
                }
            }
        }
    }

    private static boolean get(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    private static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    /** dst |= src shifted by {@code shift} bits (towards higher indices when positive). */
    private static void shiftOr(long[] src, long[] dst, long shift) {
        int n = src.length;
        if (Math.abs(shift) >= (long) n * 64) {
            return;
        }
        int wordShift = (int) (Math.abs(shift) >>> 6);
        int bitShift = (int) (Math.abs(shift) & 63);
        if (shift >= 0) {
            for (int i = n - 1; i >= wordShift; i--) {
                long v = src[i - wordShift] << bitShift;
                if (bitShift != 0 && i - wordShift - 1 >= 0) {
                    v |= src[i - wordShift - 1] >>> (64 - bitShift);
                }
                dst[i] |= v;
            }
        } else {
            for (int i = 0; i + wordShift < n; i++) {
                long v = src[i + wordShift] >>> bitShift;
                if (bitShift != 0 && i + wordShift + 1 < n) {
                    v |= src[i + wordShift + 1] << (64 - bitShift);
                }
                dst[i] |= v;
            }
        }
    }
}
