package org.matforge.models.lib;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;
import org.matforge.models.lib.gan.GanSettings;
import org.matforge.models.lib.vae.VaeSettings;

class GeneratorParameterDocsTest {
    @Test
    void docsListEveryParameterWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("models.md", "gan", GanSettings.SCHEMA);
        ParameterDocs.assertDocumented("models.md", "vae", VaeSettings.SCHEMA);
    }
}
