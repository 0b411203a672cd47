package org.matforge.datasources.internal;

import org.junit.jupiter.api.Test;
import org.matforge.commons.testdata.ParameterDocs;
import org.matforge.datasources.internal.builtin.BuiltinSource;
import org.matforge.datasources.internal.matbench.MatbenchSource;
import org.matforge.datasources.internal.tables.FileSource;

class SourceParameterDocsTest {
    @Test
    void docsListEveryParameterWithItsDefaultAndRange() {
        ParameterDocs.assertDocumented("data.md", "file", new FileSource().parameters());
        ParameterDocs.assertDocumented("data.md", "builtin", BuiltinSource.SCHEMA);
        ParameterDocs.assertDocumented("data.md", "matbench", MatbenchSource.SCHEMA);
    }
}
