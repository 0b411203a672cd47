package org.matforge.chemistry.internal.oxidation;

import org.junit.jupiter.api.Test;
import org.matforge.chemistry.internal.elements.ElementTable;
import org.matforge.commons.testdata.ParameterDocs;

class ValidityParameterDocsTest {
    @Test
    void docsListTheScreensParameterWithItsChoices() {
        ParameterDocs.assertDocumented("chemistry.md", "smact-validity", new ValidityScreening(ElementTable.load()).parameters());
    }
}
