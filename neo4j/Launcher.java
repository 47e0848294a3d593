import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Runs Neo4j Community embedded, with Bolt on loopback, as a child of the Node process.
 *
 * Usage: java -cp 'lib/*' Launcher.java HOME_DIR BOLT_PORT PAGECACHE_BYTES TX_TIMEOUT_SECONDS
 *
 * Prints exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once the default
 * database accepts queries. The parent's death closes our stdin, and that EOF is the signal
 * to shut the store down cleanly, so an orphan JVM never outlives the server or a test run.
 */
public final class Launcher {
    private static final AtomicBoolean stopping = new AtomicBoolean(false);
    private static final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Launcher HOME_DIR BOLT_PORT PAGECACHE_BYTES TX_TIMEOUT_SECONDS");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pagecacheBytes = Long.parseLong(args[2]);
        long txTimeoutSeconds = Long.parseLong(args[3]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
            .setConfig(GraphDatabaseSettings.pagecache_memory, pagecacheBytes)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Neo4j Browser reads this through Bolt: no usage reports from analysts' browsers either.
            .setConfig(ServerSettings.allow_telemetry, false)
            // The parent closes its driver before asking us to stop, so there is nothing to wait for.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms), "neo4j-shutdown"));
        watchParent(dbms);

        // Opening the default database waits until it is available to serve queries.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
            .executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static void watchParent(DatabaseManagementService dbms) {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.exit(0); // runs the shutdown hook, which stops the store cleanly
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void stop(DatabaseManagementService dbms) {
        if (stopping.compareAndSet(false, true)) {
            try {
                dbms.shutdown();
                System.err.println("neo4j: store shut down cleanly");
            } finally {
                stopped.countDown();
            }
        }
        try {
            stopped.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
