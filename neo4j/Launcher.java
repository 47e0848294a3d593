import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Runs Neo4j Community embedded, with Bolt on loopback, as a child of the Node process.
 *
 * Usage: java -cp 'lib/*' Launcher.java HOME_DIR BOLT_PORT PAGECACHE_BYTES TX_TIMEOUT_SECONDS
 *
 * Prints exactly one line "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once the default
 * database accepts queries, or "NEO4J_FAILED <cause>" and exits 1 when Neo4j cannot start (the
 * Bolt port taken, the store locked, unwritable or corrupt). The parent's death closes our
 * stdin, and that EOF is the signal to shut the store down cleanly, so an orphan JVM never
 * outlives the server or a test run.
 */
public final class Launcher {
    private static final AtomicBoolean stopping = new AtomicBoolean(false);
    private static final CountDownLatch stopped = new CountDownLatch(1);
    /** Our stdin ended: the parent is gone or wants us stopped. */
    private static final AtomicBoolean parentGone = new AtomicBoolean(false);
    /** The shutdown hook is in place, so exiting stops the store cleanly. */
    private static final AtomicBoolean stoppable = new AtomicBoolean(false);
    /**
     * How long a start the parent has left may go on: Neo4j cannot be stopped cleanly before it
     * has started, and a start that hangs must not leave an orphan behind.
     */
    private static final long ORPHAN_START_LIMIT_SECONDS = 300;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Launcher HOME_DIR BOLT_PORT PAGECACHE_BYTES TX_TIMEOUT_SECONDS");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pagecacheBytes = Long.parseLong(args[2]);
        long txTimeoutSeconds = Long.parseLong(args[3]);

        // Watched from the start: a parent that goes while the store is opening (seconds on a busy
        // machine) gets it closed as soon as it is open, not whenever someone notices.
        watchParent();
        DatabaseManagementService dbms;
        try {
            dbms = build(home, port, pagecacheBytes, txTimeoutSeconds);
        } catch (Throwable e) {
            fail(e);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms), "neo4j-shutdown"));
        stoppable.set(true);
        if (parentGone.get()) {
            System.exit(0); // runs the shutdown hook, which stops the store cleanly
        }

        try {
            awaitDefaultDatabase(dbms);
        } catch (Throwable e) {
            fail(e);
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementService build(Path home, int port, long pagecacheBytes, long txTimeoutSeconds) {
        return new DatabaseManagementServiceBuilder(home)
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
    }

    /**
     * Waits until the default database serves queries. A database that fails to start (a corrupt
     * store) does not throw here: it stays offline with a status message, and a plain query
     * against it would wait for it forever; the system database's view of it says why.
     */
    private static void awaitDefaultDatabase(DatabaseManagementService dbms) throws InterruptedException {
        String name = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        while (true) {
            Map<String, Object> row = system.executeTransactionally(
                "SHOW DATABASE $name YIELD currentStatus, statusMessage",
                Map.of("name", name),
                result -> result.hasNext() ? result.next() : Map.of());
            String status = String.valueOf(row.getOrDefault("currentStatus", ""));
            String message = String.valueOf(row.getOrDefault("statusMessage", ""));
            if (status.equals("online")) {
                dbms.database(name).executeTransactionally("RETURN 1");
                return;
            }
            if (!status.equals("starting") && !status.isEmpty() && !message.isBlank()) {
                throw new IllegalStateException("database " + name + " is " + status + ": " + message);
            }
            Thread.sleep(100);
        }
    }

    /** One line the parent can show as is: the innermost cause says what really went wrong. */
    private static void fail(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root == error
            ? String.valueOf(error.getMessage())
            : String.valueOf(root.getMessage()) + " (" + root.getClass().getSimpleName() + ")";
        System.out.println("NEO4J_FAILED " + cause.replaceAll("\\s+", " ").trim());
        System.out.flush();
        error.printStackTrace();
        System.exit(1);
    }

    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            parentGone.set(true);
            if (stoppable.get()) {
                System.exit(0); // runs the shutdown hook, which stops the store cleanly
            }
            // Still opening the store: main exits once it is open. Only a start that hangs is cut.
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(ORPHAN_START_LIMIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!stoppable.get()) {
                System.err.println("neo4j: parent gone and the store still not open; halting");
                Runtime.getRuntime().halt(1);
            }
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
