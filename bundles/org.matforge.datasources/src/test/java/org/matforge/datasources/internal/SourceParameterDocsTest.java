package org.matforge.datasources.internal;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;
import org.matforge.datasources.internal.matbench.MatbenchSource;

class SourceParameterDocsTest {
    @Test
    void docsListEveryParameterWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("data.md", "file", new FileDataSource().parameters());
        ParameterDocs.assertDocumented("data.md", "builtin", new BuiltinDataSource().parameters());
        ParameterDocs.assertDocumented("data.md", "matbench", MatbenchSource.SCHEMA);
    }
}
