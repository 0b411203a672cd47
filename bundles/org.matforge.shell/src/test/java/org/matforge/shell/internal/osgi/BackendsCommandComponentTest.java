package org.matforge.shell.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.spi.backend.BackendDescription;

class BackendsCommandComponentTest {
    @Test
    void listsDeviceCoresBlasMemoryAndBundleThenStatus() {
        String text = BackendsCommandComponent.render(List.of(
                new BackendsCommandComponent.Row("nd4j-cpu", new BackendDescription("cpu", "AMD EPYC", 2, "OPENBLAS", 25_769_803_776L, true,
                        "ND4J CpuBackend ready"), "org.matforge.dl4j", "0.1.0.SNAPSHOT"),
                new BackendsCommandComponent.Row("nd4j-cuda", new BackendDescription("cuda", "", 0, "", -1, false, "no CUDA driver"),
                        "org.matforge.dl4j", "0.1.0.SNAPSHOT")));
        String expected = """
                compute backends (2)
                  id         device  name      cores  BLAS      memory    available  bundle             version
                  nd4j-cpu   cpu     AMD EPYC  2      OPENBLAS  24.0 GiB  yes        org.matforge.dl4j  0.1.0.SNAPSHOT
                  nd4j-cuda  cuda              ?      -         unknown   no         org.matforge.dl4j  0.1.0.SNAPSHOT
                  nd4j-cpu: ND4J CpuBackend ready
                  nd4j-cuda: no CUDA driver
                """;
        assertEquals(expected, text);
    }

    @Test
    void saysWhatToInstallWhenThereIsNone() {
        assertTrue(BackendsCommandComponent.render(List.of()).contains("org.matforge.backend.cpu"));
    }
}
