package org.matforge.screens.internal;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;
import org.matforge.screens.internal.osgi.ElementCountComponent;
import org.matforge.screens.internal.osgi.NoveltyComponent;
import org.matforge.screens.internal.osgi.ParetoComponent;
import org.matforge.screens.internal.osgi.PropertyWindowComponent;

class ScreenParameterDocsTest {
    @Test
    void docsListEveryParameterWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("models.md", "element-count", new ElementCountComponent().parameters());
        ParameterDocs.assertDocumented("models.md", "novelty", new NoveltyComponent().parameters());
        ParameterDocs.assertDocumented("models.md", "pareto", new ParetoComponent().parameters());
        ParameterDocs.assertDocumented("models.md", "property-window", new PropertyWindowComponent().parameters());
    }
}
