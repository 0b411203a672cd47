package org.matforge.predictors.internal.ensemble;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;

class EnsembleParameterDocsTest {
    @Test
    void docsListEveryParameterWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("models.md", "mlp-ensemble", EnsembleSettings.SCHEMA);
    }
}
