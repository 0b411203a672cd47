package org.matforge.predictors.lib.ensemble;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;

class EnsembleParameterDocsTest {
    @Test
    void docsListEveryParameterWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("models.md", "mlp-ensemble", EnsembleSettings.SCHEMA);
    }
}
