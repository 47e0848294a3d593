import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs Neo4j Community embedded, with Bolt on loopback, as a child of the Node process.
 *
 * Usage: java -cp 'lib/*' Launcher.java HOME_DIR BOLT_PORT PAGECACHE_BYTES TX_TIMEOUT_SECONDS TX_MEMORY_BYTES
 *
 * The first line on stdin is the password the user "neo4j" must have (on stdin, not in the
 * arguments, which every local user can read in the process list). Bolt requires it from the
 * first connection on: a new store gets it as its initial password, a store whose neo4j user still
 * has the default password gets it in place of that default while the system database opens (both
 * through auth.ini, as `neo4j-admin dbms set-initial-password` does it), and any other store has it
 * set before NEO4J_READY.
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
    /** Community edition has one kind of user; this one is the API's, Neo4j Browser's and the tools'. */
    private static final String USERNAME = "neo4j";

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: Launcher HOME_DIR BOLT_PORT PAGECACHE_BYTES TX_TIMEOUT_SECONDS TX_MEMORY_BYTES (password on stdin)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pagecacheBytes = Long.parseLong(args[2]);
        long txTimeoutSeconds = Long.parseLong(args[3]);
        long txMemoryBytes = Long.parseLong(args[4]);
        String password = readPasswordLine(System.in);
        if (password == null || password.isEmpty()) {
            System.out.println("NEO4J_FAILED no password for the neo4j user on the first line of standard input");
            System.exit(2);
        }

        // Watched from the start: a parent that goes while the store is opening (seconds on a busy
        // machine) gets it closed as soon as it is open, not whenever someone notices.
        watchParent();
        DatabaseManagementService dbms;
        Path initialUsers;
        try {
            initialUsers = writeInitialUser(home, password);
            dbms = build(home, port, pagecacheBytes, txTimeoutSeconds, txMemoryBytes);
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
            ensurePassword(dbms, password);
            // The system graph holds the password now; the hash need not lie around any longer.
            Files.deleteIfExists(initialUsers);
        } catch (Throwable e) {
            fail(e);
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementService build(Path home, int port, long pagecacheBytes, long txTimeoutSeconds, long txMemoryBytes) {
        return new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            // Analysts reach Bolt with Cypher of their own (Neo4j Browser, through the API's relay),
            // and any local process can reach the port: neither may write without the password,
            // read the machine's files, or make the server fetch URLs (LOAD CSV).
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Neo4j locks a user out for a while after a few wrong passwords: any local process could
            // then lock the API itself out. A 128-bit random password needs no such guard.
            .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            // A runaway statement fails with an error instead of taking the whole heap with it.
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemoryBytes)
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

    /** One line of raw bytes, so that nothing is read ahead of what the parent watcher reads next. */
    private static String readPasswordLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8).trim();
    }

    /**
     * Writes HOME/data/dbms/auth.ini with Neo4j's own classes, as `neo4j-admin dbms
     * set-initial-password` does: the system database reads it when it is created, and when its
     * only user is neo4j with the default password neo4j, so neither the default login nor a
     * window without the password exists for those. Owner-only, like the password file.
     */
    private static Path writeInitialUser(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        users.start();
        try {
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            users.create(new User(USERNAME, null, credential, false, false));
        } finally {
            users.shutdown();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /**
     * A store whose neo4j user has another password (the password file was replaced or deleted,
     * or someone changed it) or was dropped: the password file wins, set through the embedded API,
     * which needs no login, before the parent is told Bolt is ready.
     */
    private static void ensurePassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean current;
        boolean exists;
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USERNAME);
            exists = user != null;
            current = exists && matches(user, password);
        }
        if (current) {
            return;
        }
        String statement = exists
            ? "ALTER USER " + USERNAME + " SET PASSWORD $password CHANGE NOT REQUIRED"
            : "CREATE USER " + USERNAME + " SET PASSWORD $password CHANGE NOT REQUIRED";
        system.executeTransactionally(statement, Map.of("password", password));
        System.err.println("neo4j: the store's neo4j user had another password" + (exists ? "" : " (it was missing)") + "; set it to the password file's");
    }

    private static boolean matches(Node user, String password) {
        try {
            Object credentials = user.getProperty("credentials", null);
            boolean changeRequired = Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", false));
            return credentials != null
                && !changeRequired
                && SystemGraphCredential.deserialize(credentials.toString(), new SecureHasher()).matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
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
