package org.matforge.orchestrator.internal.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.matforge.commons.csv.CsvWriter;

/** CSV text of the report's plot data, written with the commons {@link CsvWriter}. */
final class Csv {
    private Csv() {
    }

    /** @return the rows as CSV text, the first row being the header */
    static String text(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        try {
            for (List<String> row : rows) {
                csv.write(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** @return the number as {@link Double#toString}, empty for NaN */
    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
