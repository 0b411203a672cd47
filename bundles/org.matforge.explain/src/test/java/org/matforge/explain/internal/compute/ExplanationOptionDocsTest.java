package org.matforge.explain.internal.compute;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;

class ExplanationOptionDocsTest {
    @Test
    void docsListEveryOptionWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("models.md", "importance", Explanations.IMPORTANCE_OPTIONS);
        ParameterDocs.assertDocumented("models.md", "attributions", Explanations.LOCAL_OPTIONS);
    }
}
