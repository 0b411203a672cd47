package org.matforge.commons.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTransformTest {
    @Test
    void appendsColumnsChunkByChunkInOrder() throws IOException {
        StringBuilder input = new StringBuilder("name,n\n");
        for (int i = 0; i < 7; i++) {
            input.append("r").append(i).append(',').append(i).append('\n');
        }
        input.append("short\n");
        StringWriter out = new StringWriter();
        List<Integer> chunkSizes = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        long rows = CsvTransform.run(new CsvReader(new StringReader(input.toString())), new CsvWriter(out), 3, header -> {
            int n = CsvTransform.columnIndex(header, "n");
            return new CsvTransform.Step() {
                @Override
                public List<String> addedColumns() {
                    return List.of("twice");
                }

                @Override
                public String[][] process(List<String[]> records) {
                    chunkSizes.add(records.size());
                    String[][] added = new String[records.size()][];
                    for (int r = 0; r < records.size(); r++) {
                        String v = records.get(r)[n];
                        added[r] = new String[] {v == null ? "" : String.valueOf(2 * Integer.parseInt(v))};
                    }
                    return added;
                }
            };
        }, progress::add);
        assertEquals(8, rows);
        assertEquals(List.of(3, 3, 2), chunkSizes);
        assertEquals(List.of(3L, 6L, 8L), progress);
        assertEquals("name,n,twice\nr0,0,0\nr1,1,2\nr2,2,4\nr3,3,6\nr4,4,8\nr5,5,10\nr6,6,12\nshort,,\n", out.toString());
    }

    @Test
    void missingColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTransform.columnIndex(new String[] {"formula", "target"}, "composition"));
        assertEquals("no column 'composition' in the input; columns are formula, target", e.getMessage());
    }

    /** Issue 15: rows with extra unquoted fields were cut to the header's width without a word. */
    @Test
    void recordsWithMoreFieldsThanTheHeaderAreErrorsListedByLine() {
        StringBuilder input = new StringBuilder("formula,gap\n");
        for (int i = 0; i < 30; i++) {
            input.append(i % 10 == 3 ? "Fe2O3,1,5 eV\n" : i == 20 ? "NaCl,8.5,x,y\n" : "GaN,3.4\n");
        }
        StringWriter out = new StringWriter();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvTransform.run(
                new CsvReader(new StringReader(input.toString())), new CsvWriter(out), 8, header -> new CsvTransform.Step() {
                    @Override
                    public List<String> addedColumns() {
                        return List.of("x");
                    }

                    @Override
                    public String[][] process(List<String[]> records) {
                        return records.stream().map(r -> new String[] {"1"}).toArray(String[][]::new);
                    }
                }, n -> { }));
        assertEquals("4 rows have more fields than the 2 of the header (a field holding the delimiter ',' must be in double quotes): "
                + "line 5: 3 fields; line 15: 3 fields; line 22: 4 fields; line 25: 3 fields; nothing was written", e.getMessage());
    }
}
