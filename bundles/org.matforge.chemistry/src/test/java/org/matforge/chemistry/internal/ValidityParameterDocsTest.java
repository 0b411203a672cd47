package org.matforge.chemistry.internal;

import org.junit.jupiter.api.Test;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.testdata.ParameterDocs;

class ValidityParameterDocsTest {
    @Test
    void docsListTheScreensParameterWithItsChoices() {
        ParameterDocs.assertDocumented("chemistry.md", "smact-validity", new ValidityScreening(ElementTable.load()).parameters());
    }
}
