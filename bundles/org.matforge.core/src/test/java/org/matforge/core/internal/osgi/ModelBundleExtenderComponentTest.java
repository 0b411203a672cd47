package org.matforge.core.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The header syntax; the extender's behaviour in a framework is tested by itests/org.matforge.predictors.itest. */
class ModelBundleExtenderComponentTest {
    @Test
    void headerListsBundlePathsInOrderWithoutDuplicatesOrLeadingSlashes() {
        assertEquals(List.of("models/a.mfm", "models/b.mfm"), ModelBundleExtenderComponent.paths("models/a.mfm, /models/b.mfm"));
        assertEquals(List.of("a.mfm"), ModelBundleExtenderComponent.paths(" a.mfm ,, a.mfm ,"));
        assertEquals(List.of(), ModelBundleExtenderComponent.paths(" , "));
    }
}
