package org.matforge.orchestrator.internal.engine;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Gives the memory of finished runs back to the operating system, so that a long-running process levels off.
 * Native arrays (ND4J's, through JavaCPP) are freed only when the garbage collector finds their small Java handles,
 * which a large, lightly used heap rarely does; and the C library's allocator (glibc malloc) keeps what was freed in
 * its arenas instead of returning it. Over many runs a server's resident memory grew by both (docs/benchmarks.md,
 * "Workflow server"). After a run ends, {@link #request()} — on a thread of its own — collects garbage and then, as
 * the native deallocators free what it found, asks the C library at {@link #TRIMS} to return free memory (the JVM's
 * diagnostic command {@code System.trim_native_heap}, glibc's {@code malloc_trim}). Requests that arrive while one
 * is pending are merged, so a burst of short runs costs one collection.
 */
public final class MemoryRelease implements AutoCloseable {
    /**
     * When, after a collection, the C library is asked to return free memory: ND4J's deallocator threads free what the
     * collection found over seconds after a long training (measured: a 30-epoch run's buffers were not yet freed 1 s
     * after the collection, 2 GB came back a minute later), so it is asked again as they go on.
     */
    static final List<Duration> TRIMS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60));

    private final Runnable collect;
    private final Supplier<Optional<String>> trim;
    private final List<Duration> trims;
    private final Consumer<String> report;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matforge-memory-release");
        t.setDaemon(true);
        return t;
    });

    /** @param report receives the JVM's answer to each trim (e.g. {@code Trim native heap: RSS+Swap: 1.2G->339M (-900M)}) */
    public static MemoryRelease ofThisJvm(Consumer<String> report) {
        return new MemoryRelease(System::gc, MemoryRelease::trimNativeHeap, TRIMS, report);
    }

    /** Releases nothing: for tests and embedders that manage memory themselves. */
    public static MemoryRelease none() {
        return new MemoryRelease(() -> { }, Optional::empty, List.of(), s -> { });
    }

    /** @param trims after the collection, when to trim (each counted from the collection) */
    MemoryRelease(Runnable collect, Supplier<Optional<String>> trim, List<Duration> trims, Consumer<String> report) {
        this.collect = collect;
        this.trim = trim;
        this.trims = List.copyOf(trims);
        this.report = report;
    }

    /** Releases memory soon on the release thread, unless a release is already waiting to start. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                thread.execute(this::release);
            } catch (RejectedExecutionException closed) {
                pending.set(false);
            }
        }
    }

    private void release() {
        pending.set(false); // a run ending from here on frees memory this release may miss: it asks for another
        collect.run();
        long collected = System.nanoTime();
        for (Duration after : trims) {
            try {
                Thread.sleep(Math.max(0, after.toMillis() - (System.nanoTime() - collected) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            trim.get().ifPresent(report);
        }
    }

    /** Lets a release under way finish (up to {@code wait}, then it is interrupted); later requests are ignored. */
    public void close(Duration wait) throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            thread.shutdownNow();
        }
    }

    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(10));
    }

    /**
     * Asks the C library to return free heap memory to the operating system, through the JVM's
     * {@code System.trim_native_heap} diagnostic command (Linux with glibc; JDK 17.0.9 and later).
     *
     * @return the JVM's one-line answer, or empty where the command is not offered
     */
    static Optional<String> trimNativeHeap() {
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap", new Object[0], new String[0]);
            return Optional.ofNullable(answer).map(a -> a.toString().strip().replaceAll("\\s+", " "));
        } catch (JMException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
