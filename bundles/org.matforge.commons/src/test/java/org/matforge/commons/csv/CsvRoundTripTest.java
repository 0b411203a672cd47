package org.matforge.commons.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CsvRoundTripTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\nlast"));
        assertArrayEquals(new String[] {"a", "b", "c"}, r.next());
        assertArrayEquals(new String[] {"x,1", "say \"hi\"", "two\nlines"}, r.next());
        assertArrayEquals(new String[] {"", "", ""}, r.next());
        assertArrayEquals(new String[] {"last"}, r.next());
        assertNull(r.next());
    }

    @Test
    void writerQuotesOnlyWhenNeededAndReaderReadsItBack() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter w = new CsvWriter(out);
        String[] record = {"Fe2O3", "a,b", "q\"uote", "line\nbreak", ""};
        w.write(record);
        w.flush();
        assertEquals("Fe2O3,\"a,b\",\"q\"\"uote\",\"line\nbreak\",\n", out.toString());
        assertArrayEquals(record, new CsvReader(new StringReader(out.toString())).next());
    }

    @Test
    void unclosedQuoteIsAnError() {
        CsvReader r = new CsvReader(new StringReader("a,\"open\nstill open"));
        IOException e = assertThrows(IOException.class, r::next);
        assertEquals("CSV record starting on line 1 has an unclosed quoted field", e.getMessage());
    }

    @Test
    void recordLineIsWhereTheRecordStarts() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,b\n\"two\nlines\",x\nlast,y\n"));
        r.next();
        assertEquals(1, r.recordLine());
        r.next();
        assertEquals(2, r.recordLine());
        r.next();
        assertEquals(4, r.recordLine());
    }
}
