package org.matforge.screens.lib;

import org.matforge.api.data.Table;
import org.matforge.spi.task.TaskContext;

/**
 * Every composition MatForge knows: the {@code known-compounds} dataset of data source {@code builtin} (every
 * composition of every installed data bundle), with a column {@code formula} and a column {@code dataset} naming where
 * each is from.
 */
@FunctionalInterface
public interface KnownCompounds {
    /** The dataset id of data source {@code builtin} that holds every known composition. */
    String DATASET = "known-compounds";

    /** None available (no {@code builtin} data source). */
    KnownCompounds NONE = context -> {
        throw new IllegalArgumentException("parameter 'known': the known compounds are not available (data source 'builtin' is not"
                + " installed); give 'reference' or 'referenceFile' and set 'known' to false");
    };

    /**
     * @return the known compositions
     * @throws IllegalArgumentException when they are not available, saying what to do
     */
    Table table(TaskContext context);
}
