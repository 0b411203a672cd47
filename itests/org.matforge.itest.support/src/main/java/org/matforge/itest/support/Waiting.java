package org.matforge.itest.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; returns how long it took. */
public final class Waiting {
    private Waiting() {
    }

    /**
     * @param condition what to wait for
     * @param limit     how long to wait at most
     * @param what      the condition in words, for the failure message
     * @return how long it took until the condition held
     * @throws AssertionError when the condition does not hold within the limit
     */
    public static Duration until(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
