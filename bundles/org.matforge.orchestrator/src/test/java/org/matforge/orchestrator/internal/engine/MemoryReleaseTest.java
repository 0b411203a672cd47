package org.matforge.orchestrator.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.workflow.RunStatus;
import org.matforge.orchestrator.internal.store.ProcessIdentity;
import org.matforge.orchestrator.internal.store.RunStore;

class MemoryReleaseTest {
    private static final String LOAD = """
            {"schema": 1, "name": "load", "steps": [{"name": "data", "type": "load", "source": "expt-gap"}]}
            """;

    @TempDir
    Path root;

    @Test
    void requestsArrivingWhileOneIsPendingAreMergedIntoOneRelease() throws Exception {
        CountDownLatch collecting = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        AtomicInteger collections = new AtomicInteger();
        List<String> reports = new CopyOnWriteArrayList<>();
        MemoryRelease release = new MemoryRelease(() -> {
            if (collections.incrementAndGet() == 1) {
                collecting.countDown();
                awaitQuietly(proceed);
            }
        }, () -> Optional.of("trimmed"), List.of(Duration.ZERO), reports::add);

        release.request();
        collecting.await();
        for (int i = 0; i < 5; i++) {
            release.request(); // the first waits behind the release under way, the other four join it
        }
        proceed.countDown();
        release.close();
        release.request(); // closed: ignored

        assertEquals(2, collections.get(), "the release under way and one for everything requested during it");
        assertEquals(List.of("trimmed", "trimmed"), reports);
    }

    @Test
    void thisJvmReturnsFreeNativeMemoryToTheOperatingSystem() {
        Optional<String> answer = MemoryRelease.trimNativeHeap();
        assertTrue(answer.isPresent(), "System.trim_native_heap is offered by this JVM (Linux, JDK 17.0.9+)");
        assertTrue(answer.get().contains("RSS"), answer.get());
    }

    @Test
    void everyEndedRunAsksForARelease() throws Exception {
        AtomicInteger collections = new AtomicInteger();
        List<String> reports = new CopyOnWriteArrayList<>();
        CountDownLatch trimmed = new CountDownLatch(2);
        MemoryRelease release = new MemoryRelease(collections::incrementAndGet, MemoryRelease::trimNativeHeap, List.of(Duration.ZERO, Duration.ZERO),
                report -> {
                    reports.add(report);
                    trimmed.countDown();
                });
        InProcessPlugins plugins = new InProcessPlugins();
        Orchestrator orchestrator = new Orchestrator(new Settings(root, 1, Duration.ZERO), plugins, plugins, e -> { }, Clock.systemUTC(),
                new RunStore(root, ProcessIdentity.current()), release);
        try {
            String first = orchestrator.submit(LOAD);
            assertEquals(RunStatus.SUCCEEDED, orchestrator.await(first, Duration.ofMinutes(2)).status());
            assertTrue(trimmed.await(2, TimeUnit.MINUTES), "the run's end asked for a release");
        } finally {
            orchestrator.close();
        }
        assertEquals(1, collections.get());
        assertEquals(2, reports.size(), "one collection, then the C library asked at each of the two times");
        assertTrue(reports.get(0).contains("RSS"), reports.get(0));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
