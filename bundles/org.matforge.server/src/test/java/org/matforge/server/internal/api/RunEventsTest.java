package org.matforge.server.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;

class RunEventsTest {
    private static ProgressEvent event(String step, double f, String message, RunStatus status) {
        return new ProgressEvent("r1", step, f, message, Optional.empty(), status);
    }

    @Test
    void eventsAreNumberedPerRunAndReplayedAfterTheLastIdSeen() throws Exception {
        RunEvents events = new RunEvents(10, 100);
        events.progress(event("", 0, "queued", RunStatus.QUEUED));
        events.progress(event("data", 0.1, "load", RunStatus.RUNNING));
        events.progress(event("data", 0.5, "load", RunStatus.RUNNING));
        events.progress(event("report", 1, "done", RunStatus.SUCCEEDED));
        List<RunEvents.Event> all = events.after("r1", 0, Duration.ZERO);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).id());
        }
        assertEquals("done", all.get(all.size() - 1).type());
        assertEquals(List.of("status", "progress", "log", "step", "status", "progress", "log", "progress", "step", "status", "progress", "log",
                "done"), all.stream().map(RunEvents.Event::type).toList());
        assertEquals(all.subList(5, all.size()), events.after("r1", 5, Duration.ZERO));
        assertTrue(events.done("r1"));
        events.progress(event("late", 1, "late", RunStatus.SUCCEEDED));
        assertEquals(all.size(), events.after("r1", 0, Duration.ZERO).size(), "nothing after done");
    }

    @Test
    void aRunSeenOnlyFromTheStoreGetsItsStatusAndDone() throws Exception {
        RunEvents events = new RunEvents(10, 100);
        events.observe(new RunSummary("old", "w", RunStatus.INTERRUPTED, "train", 0.4, "the runtime stopped", Instant.EPOCH, Optional.empty(),
                Optional.empty(), Path.of("x")));
        List<String> types = events.after("old", 0, Duration.ZERO).stream().map(RunEvents.Event::type).toList();
        assertEquals("done", types.get(types.size() - 1));
        assertTrue(types.contains("status"));
    }

    @Test
    void aWaitingReaderWakesOnANewEventAndBoundsHold() throws Exception {
        RunEvents events = new RunEvents(2, 3);
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            events.progress(event("s", 0.2, "m", RunStatus.RUNNING));
        });
        later.start();
        assertTrue(!events.after("r1", 0, Duration.ofSeconds(10)).isEmpty());
        later.join();
        for (int i = 0; i < 10; i++) {
            events.progress(event("s" + i, 0.2, "m" + i, RunStatus.RUNNING));
        }
        assertEquals(3, events.after("r1", 0, Duration.ZERO).size(), "at most maxEvents kept");
    }
}
