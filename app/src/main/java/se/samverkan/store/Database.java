package se.samverkan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open, encrypted Samverkan database of one data folder. Opening takes the folder lock, checks the password,
 * migrates the schema and loads the reference data; every use case then runs in one transaction through
 * {@link #inTransaction(Function)}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String BASE_NAME = "samverkan";
    public static final String FILE_NAME = BASE_NAME + ".mv.db";

    private final Path dataDir;
    private final DataDirLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private boolean closed;
    private boolean compactOnClose;

    private Database(Path dataDir, DataDirLock lock, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.pool = pool;
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /** Whether the folder holds a Samverkan database. */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    /** Creates a new, empty, encrypted database; fails if one exists already. */
    public static Database create(Path dataDir, char[] password) {
        if (exists(dataDir)) {
            throw new StoreException(StoreException.Reason.ALREADY_EXISTS, "A database already exists in " + dataDir);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "Cannot create the data folder " + dataDir, e);
        }
        return openInternal(dataDir, password, false);
    }

    /** Opens the existing database of the folder with the user's password. */
    public static Database open(Path dataDir, char[] password) {
        if (!exists(dataDir)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "No database in " + dataDir);
        }
        requireEncryptedHeader(dataDir.resolve(FILE_NAME));
        return openInternal(dataDir, password, true);
    }

    /**
     * An encrypted H2 file starts with "H2encrypt". Anything else is damaged or not ours; saying so here beats H2's
     * misleading errors for such files (an I/O error, or "file corrupted" for an unencrypted file).
     */
    static void requireEncryptedHeader(Path file) {
        byte[] expected = "H2encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] header = new byte[expected.length];
        try (var in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) != header.length || !Arrays.equals(header, expected)) {
                throw new StoreException(StoreException.Reason.DAMAGED, "Not an encrypted Samverkan database: " + file);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "Cannot read " + file, e);
        }
    }

    /** Checks that a database file opens with the password, without migrating or keeping it open. */
    static void verify(Path file, char[] password) {
        String base = file.toAbsolutePath().toString();
        if (!base.endsWith(".mv.db")) {
            throw new IllegalArgumentException("not an H2 file: " + file);
        }
        requireEncryptedHeader(file);
        String url = url(Path.of(base.substring(0, base.length() - ".mv.db".length())), true);
        char[] h2 = DatabaseKey.h2Password(password);
        try (var connection = org.h2.Driver.load().connect(url, properties(h2))) {
            connection.createStatement().execute("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES");
        } catch (SQLException e) {
            throw StoreErrors.classify(e, file.getParent());
        } finally {
            Arrays.fill(h2, '\0');
        }
    }

    private static java.util.Properties properties(char[] h2Password) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", DatabaseKey.USER);
        p.put("password", h2Password.clone());
        return p;
    }

    private static String url(Path basePath, boolean mustExist) {
        return "jdbc:h2:file:" + basePath.toAbsolutePath() + ";CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private static Database openInternal(Path dataDir, char[] password, boolean mustExist) {
        DataDirLock lock = DataDirLock.acquire(dataDir);
        char[] h2 = DatabaseKey.h2Password(password);
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(url(dataDir.resolve(BASE_NAME), mustExist), DatabaseKey.USER, new String(h2));
            pool.setMaxConnections(8);
            try (var probe = pool.getConnection()) {
                probe.isValid(1);
            }
            migrate(pool);
            Database db = new Database(dataDir, lock, pool);
            db.inTransaction(session -> {
                new ReferenceDataLoader(session.dsl()).loadIfMissing();
                return null;
            });
            LOG.info("Database opened (schema migrated, reference data present)");
            return db;
        } catch (SQLException e) {
            dispose(pool, lock);
            throw StoreErrors.classify(e, dataDir);
        } catch (RuntimeException e) {
            dispose(pool, lock);
            if (e instanceof StoreException se) {
                throw se;
            }
            SQLException sql = StoreErrors.findSqlException(e);
            if (sql != null) {
                throw StoreErrors.classify(sql, dataDir);
            }
            throw e;
        } finally {
            Arrays.fill(h2, '\0');
        }
    }

    private static void dispose(JdbcConnectionPool pool, DataDirLock lock) {
        if (pool != null) {
            pool.dispose();
        }
        lock.close();
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Runs work in one transaction: everything it writes is committed together, or nothing if it throws. */
    public <T> T inTransaction(Function<StoreSession, T> work) {
        ensureOpen();
        try {
            return dsl.transactionResult(cfg -> work.apply(new StoreSession(cfg.dsl())));
        } catch (org.jooq.exception.DataAccessException e) {
            SQLException sql = StoreErrors.findSqlException(e);
            if (sql != null && StoreErrors.isStorageProblem(sql)) {
                throw StoreErrors.classify(sql, dataDir);
            }
            throw e;
        }
    }

    /** Same as {@link #inTransaction(Function)} for work without a result. */
    public void inTransactionRun(Consumer<StoreSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * Writes an online backup of the whole database into a zip file. The database file inside is the encrypted file
     * itself, so the backup is as well protected as the database.
     */
    public void backupTo(Path zipFile) {
        ensureOpen();
        try {
            Files.createDirectories(zipFile.toAbsolutePath().getParent());
            Path tmp = zipFile.resolveSibling(zipFile.getFileName() + ".part");
            Files.deleteIfExists(tmp);
            dsl.execute("BACKUP TO " + DSL.inline(tmp.toAbsolutePath().toString()));
            Files.move(tmp, zipFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE, "Cannot write the backup " + zipFile, e);
        }
    }

    /** Rewrites the file without free space; worth it after large imports or on exit. */
    public void compact() {
        ensureOpen();
        dsl.execute("CHECKPOINT SYNC");
    }

    /**
     * Makes {@link #close()} rewrite the file without free space. Worth it after a bulk load such as the demo data:
     * H2 appends changed pages, so one large transaction leaves a file many times the size of its live data.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute(compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            // 90121 "database is already closed" is what a successful SHUTDOWN leaves behind on this connection.
            if (e.getErrorCode() != 90121) {
                LOG.warn("Shutdown of the database did not finish cleanly (error {})", e.getErrorCode(), e);
            }
        } finally {
            pool.dispose();
            lock.close();
        }
    }
}
