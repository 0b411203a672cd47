package org.matforge.commons.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.matforge.api.data.ParameterSchema;

/**
 * Keeps the parameter tables in {@code docs/} true: each plug-in's table must appear in the documentation exactly as
 * {@link ParameterSchema#markdownTable()} renders it, so that a changed name, default or range fails a test until the
 * docs say the same.
 */
public final class ParameterDocs {
    private ParameterDocs() {
    }

    /**
     * @param doc    a file under {@code docs/} of the checkout, e.g. {@code models.md}
     * @param plugin the plug-in's id, for the message
     * @throws AssertionError with the table to paste when the document does not contain it
     */
    public static void assertDocumented(String doc, String plugin, ParameterSchema schema) {
        Path file = Path.of("../../docs").resolve(doc);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath().normalize(), e);
        }
        String table = schema.markdownTable();
        if (!text.contains(table)) {
            throw new AssertionError("docs/" + doc + " does not contain the parameters of " + plugin + " as declared; the table is:\n" + table);
        }
    }
}
