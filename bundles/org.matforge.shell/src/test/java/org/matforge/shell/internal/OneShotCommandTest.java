package org.matforge.shell.internal;

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
    void reportsTheInnermostCauseOfAFailure() {
        Exception e = new RuntimeException("wrapper", new IllegalArgumentException("no column 'formula'"));
        assertEquals("no column 'formula'", OneShotCommand.rootMessage(e));
        assertEquals("IllegalStateException", OneShotCommand.rootMessage(new IllegalStateException()));
    }
}
