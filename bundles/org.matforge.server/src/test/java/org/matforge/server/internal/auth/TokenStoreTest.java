package org.matforge.server.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {
    @TempDir
    Path dir;

    @Test
    void firstOpenCreatesOneTokenPerScopeAndStoresOnlyHashes() throws IOException {
        Path file = dir.resolve("server/tokens.sha256");
        List<TokenStore.NewToken> created = new ArrayList<>();
        TokenStore store = TokenStore.openOrCreate(file, created);
        assertEquals(List.of(Scope.READ, Scope.SUBMIT, Scope.ADMIN), created.stream().map(TokenStore.NewToken::scope).toList());
        String stored = Files.readString(file);
        for (TokenStore.NewToken t : created) {
            assertTrue(t.token().startsWith("mf_") && t.token().length() >= 40, t.token());
            assertFalse(stored.contains(t.token()), "plain token stored");
            assertEquals(t.scope(), store.check(t.token()).orElseThrow().scope());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(3, created.stream().map(TokenStore.NewToken::token).distinct().count());
    }

    @Test
    void reopeningKeepsTheTokensAndIssuesNoNewOnes() throws IOException {
        Path file = dir.resolve("tokens.sha256");
        List<TokenStore.NewToken> created = new ArrayList<>();
        TokenStore.openOrCreate(file, created);
        List<TokenStore.NewToken> again = new ArrayList<>();
        TokenStore reopened = TokenStore.openOrCreate(file, again);
        assertTrue(again.isEmpty());
        assertEquals(Scope.ADMIN, reopened.check(created.get(2).token()).orElseThrow().scope());
    }

    @Test
    void wrongEmptyOrHugeTokensAreRefused() throws IOException {
        List<TokenStore.NewToken> created = new ArrayList<>();
        TokenStore store = TokenStore.openOrCreate(dir.resolve("t"), created);
        String good = created.get(0).token();
        assertTrue(store.check(good.substring(0, good.length() - 1)).isEmpty());
        assertTrue(store.check(good + "x").isEmpty());
        assertTrue(store.check("").isEmpty());
        assertTrue(store.check(null).isEmpty());
        assertTrue(store.check("x".repeat(100_000)).isEmpty());
        assertNotEquals(TokenStore.generate(), TokenStore.generate());
    }

    @Test
    void aDamagedTokenFileIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("bad");
        Files.writeString(file, "# comment\nadmin root 1234\n");
        IOException e = assertThrows(IOException.class, () -> TokenStore.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void scopesIncludeTheLowerOnes() {
        assertTrue(Scope.ADMIN.includes(Scope.SUBMIT) && Scope.SUBMIT.includes(Scope.READ));
        assertFalse(Scope.READ.includes(Scope.SUBMIT));
        assertEquals(List.of("read", "submit"), Scope.SUBMIT.granted());
    }
}
