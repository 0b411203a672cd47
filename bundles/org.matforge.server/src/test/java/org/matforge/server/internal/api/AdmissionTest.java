package org.matforge.server.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;

class AdmissionTest {
    @Test
    void refusesWhenFullAndAdmitsAgainOnceARunEnds() throws ApiException {
        Map<String, RunStatus> status = new HashMap<>();
        Admission admission = new Admission(2, 9, id -> Optional.ofNullable(status.get(id))
                .map(s -> new RunSummary(id, "w", s, "", 0, "", Instant.EPOCH, Optional.empty(), Optional.empty(), Path.of(id))));
        int[] n = {0};
        Admission.Submit submit = () -> {
            String id = "r" + n[0]++;
            status.put(id, RunStatus.QUEUED);
            return id;
        };
        admission.admit(submit);
        admission.admit(submit);
        ApiException full = assertThrows(ApiException.class, () -> admission.admit(submit));
        assertEquals(429, full.status());
        assertEquals(9, full.retryAfterSeconds());
        status.put("r0", RunStatus.FAILED);
        assertEquals("r2", admission.admit(submit));
        assertEquals(2, admission.active());
    }
}
