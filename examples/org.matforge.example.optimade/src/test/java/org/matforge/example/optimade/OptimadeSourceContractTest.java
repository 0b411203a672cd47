package org.matforge.example.optimade;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.matforge.api.data.Parameters;
import org.matforge.example.optimade.ReplayServer.Reply;
import org.matforge.spi.datasource.DataSource;
import org.matforge.testkit.DataSourceContract;

/** The test kit's data-source checks, against the replay server: the first page recorded, then an empty one. */
class OptimadeSourceContractTest extends DataSourceContract {
    private static ReplayServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ReplayServer(true).otherwise(uri -> uri.getRawQuery() != null && uri.getRawQuery().contains("page_offset")
                ? Reply.fixture(OptimadeSourceTest.EMPTY_PAGE) : Reply.fixture(OptimadeSourceTest.SI_O_PAGE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected DataSource dataSource() {
        return new OptimadeSource();
    }

    @Override
    protected Parameters validParameters() {
        return Parameters.of(Map.of("baseUrl", server.baseUrl(), "elements", List.of("Si", "O"), "properties", List.of("nsites")));
    }

    @Override
    protected List<Parameters> badParameters() {
        return List.of(Parameters.empty(),
                Parameters.of(Map.of("baseUrl", "file:///etc/passwd")),
                Parameters.of(Map.of("baseUrl", server.baseUrl(), "limit", 0)),
                Parameters.of(Map.of("baseUrl", server.baseUrl(), "elements", List.of("Qq"))),
                Parameters.of(Map.of("baseUrl", "http://127.0.0.1:" + freePort(), "retries", 0)));
    }

    private static int freePort() {
        try {
            return OptimadeSourceTest.freePort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
