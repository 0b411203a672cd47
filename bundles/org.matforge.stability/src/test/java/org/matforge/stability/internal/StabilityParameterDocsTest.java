package org.matforge.stability.internal;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;

/** docs/stability.md lists the stability screen's parameters as it declares them. */
class StabilityParameterDocsTest {
    @Test
    void docsListEveryParameterWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("stability.md", "stability", StabilityScreen.SCHEMA);
    }
}
