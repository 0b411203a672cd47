package org.matforge.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The header syntax; the extender's behaviour in a framework is tested by itests/org.matforge.predictors.itest. */
class ModelBundleExtenderTest {
    @Test
    void headerListsBundlePathsInOrderWithoutDuplicatesOrLeadingSlashes() {
        assertEquals(List.of("models/a.mfm", "models/b.mfm"), ModelBundleExtender.paths("models/a.mfm, /models/b.mfm"));
        assertEquals(List.of("a.mfm"), ModelBundleExtender.paths(" a.mfm ,, a.mfm ,"));
        assertEquals(List.of(), ModelBundleExtender.paths(" , "));
    }
}
