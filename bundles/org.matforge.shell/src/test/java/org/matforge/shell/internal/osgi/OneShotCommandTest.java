package org.matforge.shell.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OneShotCommandTest {

    @Test
    void leavesPlainArgumentsAloneAndQuotesTheRest() {
        assertEquals("--input", OneShotCommand.quote("--input"));
        assertEquals("data/x.csv", OneShotCommand.quote("data/x.csv"));
        assertEquals("magpie,stoichiometry", OneShotCommand.quote("magpie,stoichiometry"));
        assertEquals("'my file.csv'", OneShotCommand.quote("my file.csv"));
        assertEquals("'it\\'s'", OneShotCommand.quote("it's"));
        assertEquals("'$HOME'", OneShotCommand.quote("$HOME"));
        assertEquals("''", OneShotCommand.quote(""));
    }

    @Test
    void reportsEveryMeaningfulMessageOfTheCauseChain() {
        Exception wrapped = new RuntimeException(new IllegalArgumentException("no column 'formula'"));
        assertEquals("no column 'formula'", OneShotCommand.rootMessage(wrapped));
        Exception located = new IllegalStateException("cannot read data.csv:17", new java.io.IOException("Malformed input"));
        assertEquals("cannot read data.csv:17: Malformed input", OneShotCommand.rootMessage(located));
        Exception repeated = new IllegalArgumentException("explain: bad file: truncated", new java.io.IOException("truncated"));
        assertEquals("explain: bad file: truncated", OneShotCommand.rootMessage(repeated));
        assertEquals("IllegalStateException", OneShotCommand.rootMessage(new IllegalStateException(new IllegalStateException())));
    }
}
