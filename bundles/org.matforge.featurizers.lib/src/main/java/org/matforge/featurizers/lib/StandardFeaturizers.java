package org.matforge.featurizers.lib;

import java.util.LinkedHashMap;
import java.util.Map;

import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.spi.featurizer.Featurizer;

/**
 * The featurizers by their stable ids, for code outside OSGi (Spark executors, benchmarks, tests); in the framework
 * each is a separate service with the same id.
 */
public final class StandardFeaturizers {
    /** Id of {@link MagpieFeaturizer}. */
    public static final String MAGPIE = "magpie";
    /** Id of {@link StoichiometryFeaturizer}. */
    public static final String STOICHIOMETRY = "stoichiometry";
    /** Id of {@link ValenceOrbitalFeaturizer}. */
    public static final String VALENCE_ORBITAL = "valence-orbital";
    /** Id of {@link IonPropertyFeaturizer}. */
    public static final String ION_PROPERTY = "ion-property";
    /** Id of {@link ElementFractionFeaturizer}. */
    public static final String ELEMENT_FRACTION = "element-fraction";
    /** Id of {@link OxidationStatesFeaturizer}. */
    public static final String OXIDATION_STATES = "oxidation-states";

    private StandardFeaturizers() {
    }

    /** @return a new map id → featurizer over {@code table}, in documentation order */
    public static Map<String, Featurizer> create(ElementTable table) {
        Map<String, Featurizer> map = new LinkedHashMap<>();
        map.put(MAGPIE, new MagpieFeaturizer(table));
        map.put(STOICHIOMETRY, new StoichiometryFeaturizer());
        map.put(VALENCE_ORBITAL, new ValenceOrbitalFeaturizer(table));
        map.put(ION_PROPERTY, new IonPropertyFeaturizer(table));
        map.put(ELEMENT_FRACTION, new ElementFractionFeaturizer());
        map.put(OXIDATION_STATES, new OxidationStatesFeaturizer(table));
        return map;
    }
}
