package org.matforge.stability.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.matforge.commons.testdata.SharedData;
import org.matforge.datasources.internal.matbench.MatbenchSource;
import org.matforge.datasources.internal.tables.FileSource;

/** The real {@code file} and {@code matbench} data sources (the latter on ../shared/data/matbench, no download), by id. */
final class RealSources {
    private RealSources() {
    }

    static PhaseTables tables(Path cache) {
        FileSource file = new FileSource();
        MatbenchSource matbench = new MatbenchSource(SharedData.matbench().toString(), cache, false, MatbenchSource.PUBLIC_BASE,
                Duration.ofSeconds(5));
        return (id, parameters, context) -> switch (id) {
            case "file" -> file.load(parameters, context);
            case "matbench" -> matbench.load(parameters, context);
            default -> throw new IllegalArgumentException("no data source '" + id + "'; available: file, matbench");
        };
    }
}
