package cn.xuchang.ems.data.store;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.json.DomainJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link ResourceStore} on an embedded Apache Derby database in a folder of its own. The schema is
 * created and upgraded by {@link SchemaMigrations} when the store opens.
 *
 * <p>Thread-safety: one JDBC connection guarded by this object's monitor; every public method is
 * safe to call from any thread and blocks while another call runs. Not for the UI thread.
 */
public final class DerbyResourceStore implements ResourceStore {
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final String RESOURCE_COLUMNS = "id, kind, name, county_code, lon, lat, geom, min_lon, min_lat, "
            + "max_lon, max_lat, details, sample, created_by, created_at, updated_by, updated_at, source, source_crs";
    private static final String INSERT_RESOURCE = "INSERT INTO resource (" + RESOURCE_COLUMNS + ", import_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_RESOURCE = "UPDATE resource SET kind = ?, name = ?, county_code = ?, lon = ?, "
            + "lat = ?, geom = ?, min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?, details = ?, sample = ?, "
            + "created_by = ?, created_at = ?, updated_by = ?, updated_at = ?, source = ?, source_crs = ?, "
            + "import_id = COALESCE(?, import_id) WHERE id = ?";

    private static final String IMPORT_COLUMNS =
            "id, created_by, created_at, source_file, kind, source_crs, accepted, rejected, undone_at";

    private final Path databaseDir;
    private final String url;
    private final Connection connection;
    private final List<ResourceStoreListener> listeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    private DerbyResourceStore(Path databaseDir, String url, Connection connection) {
        this.databaseDir = databaseDir;
        this.url = url;
        this.connection = connection;
    }

    /**
     * Opens the database in {@code databaseDir}, creating it when absent, and migrates its schema to
     * the newest version.
     *
     * @throws DatabaseInUseException when another process has it open
     */
    public static DerbyResourceStore open(Path databaseDir) {
        Path dir = databaseDir.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + parent + ": " + e.getMessage(), e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            // Otherwise Derby writes derby.log into whatever the working directory happens to be.
            System.setProperty("derby.stream.error.file", parent.resolve("derby.log").toString());
        }
        String url = "jdbc:derby:" + dir;
        Connection c;
        try {
            c = DriverManager.getConnection(url + ";create=true");
        } catch (SQLException e) {
            if (isInUse(e)) {
                throw new DatabaseInUseException(parent, e);
            }
            throw new StoreException("cannot open the database in " + dir + ": " + e.getMessage(), e);
        }
        try {
            if (!SchemaMigrations.isCurrent(c)) {
                SchemaMigrations.migrate(url);
            }
            c.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            shutdown(url);
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot prepare the database schema in " + dir + ": " + e.getMessage(), e);
        }
        return new DerbyResourceStore(dir, url, c);
    }

    private static boolean isInUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if ("XSDB6".equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The database folder. */
    public Path databaseDir() {
        return databaseDir;
    }

    @Override
    public synchronized List<Resource> loadAll() {
        return queryResources("SELECT " + RESOURCE_COLUMNS + " FROM resource ORDER BY kind, id", null);
    }

    @Override
    public synchronized List<Resource> loadByKind(ResourceKind kind) {
        return queryResources("SELECT " + RESOURCE_COLUMNS + " FROM resource WHERE kind = ? ORDER BY id", kind.code());
    }

    @Override
    public synchronized Optional<Resource> find(UUID id) {
        List<Resource> found = queryResources("SELECT " + RESOURCE_COLUMNS + " FROM resource WHERE id = ?", id.toString());
        return found.stream().findFirst();
    }

    @Override
    public synchronized long count() {
        ensureOpen();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM resource")) {
            rs.next();
            long n = rs.getLong(1);
            connection.commit();
            return n;
        } catch (SQLException e) {
            throw failure("count resources", e);
        }
    }

    @Override
    public synchronized Map<ResourceKind, Map<String, Long>> countByKindAndCounty() {
        ensureOpen();
        Map<ResourceKind, Map<String, Long>> counts = new EnumMap<>(ResourceKind.class);
        String sql = "SELECT kind, county_code, COUNT(*) FROM resource GROUP BY kind, county_code";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ResourceKind kind = ResourceKind.parse(rs.getString(1));
                counts.computeIfAbsent(kind, k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
            }
            connection.commit();
            return counts;
        } catch (SQLException e) {
            throw failure("count resources by kind and county", e);
        }
    }

    @Override
    public void write(StoreTransaction work) {
        List<UUID> touched;
        synchronized (this) {
            ensureOpen();
            DerbyWriter writer = new DerbyWriter();
            try {
                work.run(writer);
                writer.flush();
                writer.restoreIndexes();
                connection.commit();
            } catch (Exception e) {
                rollbackQuietly();
                if (e instanceof StoreException || e instanceof IllegalArgumentException) {
                    throw (RuntimeException) e;
                }
                throw new StoreException("the change was not stored (rolled back): " + e.getMessage(), e);
            } finally {
                writer.closeStatements();
            }
            touched = writer.touchedIds();
        }
        for (ResourceStoreListener l : listeners) {
            l.resourcesChanged(touched);
        }
    }

    @Override
    public synchronized List<BaseFeature> loadBaseFeatures() {
        ensureOpen();
        String sql = "SELECT id, layer, code, name, geom, label_lon, label_lat, population, created_by, created_at, "
                + "updated_by, updated_at, source, source_crs FROM base_feature ORDER BY layer, code, id";
        List<BaseFeature> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String id = rs.getString(1).trim();
                double labelLon = rs.getDouble(6);
                LonLat label = rs.wasNull() ? null : new LonLat(labelLon, rs.getDouble(7));
                out.add(new BaseFeature(UUID.fromString(id), BaseLayer.fromCode(rs.getString(2)), rs.getString(3),
                        rs.getString(4), GeometryCodec.fromWkb(rs.getBytes(5), "base feature " + id), label,
                        rs.getLong(8), provenance(rs, 9)));
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw failure("load the base map", e);
        }
    }

    @Override
    public synchronized void replaceBaseFeatures(Collection<BaseFeature> features) {
        ensureOpen();
        String sql = "INSERT INTO base_feature (id, layer, code, name, geom, min_lon, min_lat, max_lon, max_lat, "
                + "label_lon, label_lat, population, created_by, created_at, updated_by, updated_at, source, source_crs) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Statement del = connection.createStatement(); PreparedStatement ins = connection.prepareStatement(sql)) {
            del.executeUpdate("DELETE FROM base_feature");
            for (BaseFeature f : features) {
                Envelope e = f.geometry().getEnvelopeInternal();
                ins.setString(1, f.id().toString());
                ins.setString(2, f.layer().code());
                ins.setString(3, f.code());
                ins.setString(4, f.name());
                ins.setBytes(5, GeometryCodec.toWkb(f.geometry()));
                ins.setDouble(6, e.getMinX());
                ins.setDouble(7, e.getMinY());
                ins.setDouble(8, e.getMaxX());
                ins.setDouble(9, e.getMaxY());
                if (f.labelPoint() != null) {
                    ins.setDouble(10, f.labelPoint().lon());
                    ins.setDouble(11, f.labelPoint().lat());
                } else {
                    ins.setNull(10, Types.DOUBLE);
                    ins.setNull(11, Types.DOUBLE);
                }
                ins.setLong(12, f.population());
                setProvenance(ins, 13, f.provenance());
                ins.addBatch();
            }
            ins.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("replace the base map", e);
        }
    }

    @Override
    public synchronized List<ImportBatch> listImports() {
        ensureOpen();
        List<ImportBatch> batches = queryImports("SELECT " + IMPORT_COLUMNS
                + " FROM import_batch ORDER BY created_at DESC, id", null);
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure("list imports", e);
        }
        return batches;
    }

    private List<ImportBatch> queryImports(String sql, String param) {
        List<ImportBatch> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp undone = rs.getTimestamp(9, UTC);
                    out.add(new ImportBatch(UUID.fromString(rs.getString(1).trim()), rs.getString(2),
                            rs.getTimestamp(3, UTC).toInstant(), rs.getString(4), ResourceKind.parse(rs.getString(5)),
                            rs.getString(6), rs.getInt(7), rs.getInt(8), undone == null ? null : undone.toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read import records", e);
        }
    }

    /** A workspace fact stored under {@code key}, if any. */
    public synchronized Optional<String> meta(String key) {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT meta_value FROM workspace_meta WHERE meta_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<String> v = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                connection.commit();
                return v;
            }
        } catch (SQLException e) {
            throw failure("read workspace setting " + key, e);
        }
    }

    /** Stores a workspace fact. */
    public synchronized void putMeta(String key, String value) {
        ensureOpen();
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM workspace_meta WHERE meta_key = ?");
             PreparedStatement ins = connection.prepareStatement("INSERT INTO workspace_meta (meta_key, meta_value) VALUES (?, ?)")) {
            del.setString(1, key);
            del.executeUpdate();
            ins.setString(1, key);
            ins.setString(2, value);
            ins.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("store workspace setting " + key, e);
        }
    }

    @Override
    public void addListener(ResourceStoreListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ResourceStoreListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(connection);
        shutdown(url);
    }

    private static void shutdown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a successful database shutdown as SQLState 08006.
        }
    }

    private List<Resource> queryResources(String sql, String param) {
        ensureOpen();
        List<Resource> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readResource(rs));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            throw failure("load resources", e);
        }
    }

    private static Resource readResource(ResultSet rs) throws SQLException {
        String id = rs.getString(1).trim();
        ResourceKind kind = ResourceKind.parse(rs.getString(2));
        Geometry geometry = GeometryCodec.fromWkb(rs.getBytes(7), kind.code() + " " + id);
        return new Resource(UUID.fromString(id), kind, rs.getString(3), new LonLat(rs.getDouble(5), rs.getDouble(6)),
                geometry, rs.getString(4), rs.getBoolean(13), provenance(rs, 14),
                DomainJson.read(kind, rs.getString(12)));
    }

    private static Provenance provenance(ResultSet rs, int first) throws SQLException {
        return new Provenance(rs.getString(first), rs.getTimestamp(first + 1, UTC).toInstant(),
                rs.getString(first + 2), rs.getTimestamp(first + 3, UTC).toInstant(),
                rs.getString(first + 4), rs.getString(first + 5));
    }

    private static void setProvenance(PreparedStatement ps, int first, Provenance p) throws SQLException {
        ps.setString(first, p.createdBy());
        ps.setTimestamp(first + 1, Timestamp.from(p.createdAt()), UTC);
        ps.setString(first + 2, p.updatedBy());
        ps.setTimestamp(first + 3, Timestamp.from(p.updatedAt()), UTC);
        ps.setString(first + 4, p.source());
        ps.setString(first + 5, p.sourceCrs());
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the database " + databaseDir + " is closed");
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + databaseDir + ": " + e.getMessage(), e);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.rollback();
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure; nothing more to do
        }
    }

    /** Batches saves so bulk writes (seeding, imports) cost one round of UPDATE and one of INSERT. */
    private final class DerbyWriter implements ResourceWriter {
        private static final int BATCH = 500;
        /**
         * From this many rows an import drops the secondary indexes and builds them again before
         * its commit (Derby DDL is transactional, so a rollback restores them): maintaining four
         * B-trees row by row made a 100k-row import several times slower than the insert itself.
         */
        private static final int BULK_IMPORT_ROWS = 20_000;
        private static final String[] SECONDARY_INDEXES = {
            "CREATE INDEX resource_kind ON resource (kind)",
            "CREATE INDEX resource_bbox ON resource (min_lon, min_lat, max_lon, max_lat)",
            "CREATE INDEX resource_import ON resource (import_id)"};
        private boolean indexesDropped;

        private void dropIndexes() throws SQLException {
            if (indexesDropped) {
                return;
            }
            try (Statement s = connection.createStatement()) {
                for (String create : SECONDARY_INDEXES) {
                    s.executeUpdate("DROP INDEX " + create.split(" ")[2]);
                }
            }
            indexesDropped = true;
        }

        void restoreIndexes() throws SQLException {
            if (!indexesDropped) {
                return;
            }
            try (Statement s = connection.createStatement()) {
                for (String create : SECONDARY_INDEXES) {
                    s.executeUpdate(create);
                }
            }
            indexesDropped = false;
        }
        private final List<UUID> touched = new ArrayList<>();
        private final List<Resource> pending = new ArrayList<>();
        private final List<UUID> pendingImportIds = new ArrayList<>();
        private final java.util.Set<UUID> knownBatches = new java.util.HashSet<>();
        private PreparedStatement update;
        private PreparedStatement insert;
        private PreparedStatement delete;

        @Override
        public void save(Resource resource) {
            enqueue(resource, null);
        }

        @Override
        public void saveImported(Resource resource, UUID importId) {
            if (!knownBatches.contains(importId)) {
                if (findBatch(importId).isEmpty()) {
                    throw new StoreException("import " + importId + " is not recorded; call recordImport first");
                }
                knownBatches.add(importId);
            }
            enqueue(resource, importId);
        }

        @Override
        public void recordImport(ImportBatch batch) {
            if (findBatch(batch.id()).isPresent()) {
                throw new StoreException("import " + batch.id() + " is already recorded");
            }
            String sql = "INSERT INTO import_batch (id, created_by, created_at, source_file, kind, source_crs, accepted, "
                    + "rejected, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, batch.id().toString());
                ps.setString(2, batch.createdBy());
                ps.setTimestamp(3, Timestamp.from(batch.createdAt()), UTC);
                ps.setString(4, batch.sourceFile());
                ps.setString(5, batch.kind().code());
                ps.setString(6, batch.sourceCrs());
                ps.setInt(7, batch.accepted());
                ps.setInt(8, batch.rejected());
                if (batch.undoneAt() == null) {
                    ps.setNull(9, Types.TIMESTAMP);
                } else {
                    ps.setTimestamp(9, Timestamp.from(batch.undoneAt()), UTC);
                }
                ps.executeUpdate();
                knownBatches.add(batch.id());
                if (batch.accepted() >= BULK_IMPORT_ROWS) {
                    dropIndexes();
                }
            } catch (SQLException e) {
                throw failure("record import " + batch.id(), e);
            }
        }

        @Override
        public int undoImport(UUID importId, java.time.Instant at) {
            flushUnchecked();
            ImportBatch batch = findBatch(importId).orElseThrow(() -> new StoreException(
                    "no import with id " + importId + "; list them with 'xems undo-import --list'"));
            if (batch.undone()) {
                throw new StoreException("import " + importId + " was already undone at " + batch.undoneAt());
            }
            try (PreparedStatement ids = connection.prepareStatement("SELECT id FROM resource WHERE import_id = ?");
                 PreparedStatement del = connection.prepareStatement("DELETE FROM resource WHERE import_id = ?");
                 PreparedStatement mark = connection.prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
                ids.setString(1, importId.toString());
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        touched.add(UUID.fromString(rs.getString(1).trim()));
                    }
                }
                del.setString(1, importId.toString());
                int deleted = del.executeUpdate();
                mark.setTimestamp(1, Timestamp.from(at), UTC);
                mark.setString(2, importId.toString());
                mark.executeUpdate();
                return deleted;
            } catch (SQLException e) {
                throw failure("undo import " + importId, e);
            }
        }

        private Optional<ImportBatch> findBatch(UUID importId) {
            List<ImportBatch> found = queryImports("SELECT " + IMPORT_COLUMNS + " FROM import_batch WHERE id = ?",
                    importId.toString());
            return found.stream().findFirst();
        }

        private void enqueue(Resource resource, UUID importId) {
            pending.add(resource);
            pendingImportIds.add(importId);
            touched.add(resource.id());
            if (pending.size() >= BATCH) {
                flushUnchecked();
            }
        }

        @Override
        public void delete(UUID id) {
            flushUnchecked();
            try {
                if (delete == null) {
                    delete = connection.prepareStatement("DELETE FROM resource WHERE id = ?");
                }
                delete.setString(1, id.toString());
                if (delete.executeUpdate() > 0) {
                    touched.add(id);
                }
            } catch (SQLException e) {
                throw failure("delete resource " + id, e);
            }
        }

        @Override
        public List<UUID> touchedIds() {
            return List.copyOf(touched);
        }

        private void flushUnchecked() {
            try {
                flush();
            } catch (SQLException e) {
                throw failure("save resources", e);
            }
        }

        void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            if (update == null) {
                update = connection.prepareStatement(UPDATE_RESOURCE);
                insert = connection.prepareStatement(INSERT_RESOURCE);
            }
            // Imported resources are new by construction (the import refuses ids already stored): insert only.
            boolean allImported = pendingImportIds.stream().allMatch(java.util.Objects::nonNull);
            int[] updated = new int[pending.size()];
            if (!allImported) {
                for (int i = 0; i < pending.size(); i++) {
                    bindUpdate(update, pending.get(i), pendingImportIds.get(i));
                    update.addBatch();
                }
                updated = update.executeBatch();
            }
            boolean anyInsert = false;
            for (int i = 0; i < pending.size(); i++) {
                if (updated[i] == 0) {
                    bindInsert(insert, pending.get(i), pendingImportIds.get(i));
                    insert.addBatch();
                    anyInsert = true;
                }
            }
            if (anyInsert) {
                insert.executeBatch();
            }
            pending.clear();
            pendingImportIds.clear();
        }

        void closeStatements() {
            for (Statement s : new Statement[] {update, insert, delete}) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (SQLException ignored) {
                        // statement of a finished transaction
                    }
                }
            }
        }

        private void bindInsert(PreparedStatement ps, Resource r, UUID importId) throws SQLException {
            ps.setString(1, r.id().toString());
            bindColumns(ps, 2, r);
            setImportId(ps, 20, importId);
        }

        private void bindUpdate(PreparedStatement ps, Resource r, UUID importId) throws SQLException {
            bindColumns(ps, 1, r);
            setImportId(ps, 19, importId);
            ps.setString(20, r.id().toString());
        }

        private static void setImportId(PreparedStatement ps, int index, UUID importId) throws SQLException {
            if (importId == null) {
                ps.setNull(index, Types.CHAR);
            } else {
                ps.setString(index, importId.toString());
            }
        }

        /** Binds kind .. source_crs (18 columns) starting at {@code first}. */
        private void bindColumns(PreparedStatement ps, int first, Resource r) throws SQLException {
            Envelope e = r.geometry().getEnvelopeInternal();
            ps.setString(first, r.kind().code());
            ps.setString(first + 1, r.name());
            ps.setString(first + 2, r.countyCode());
            ps.setDouble(first + 3, r.location().lon());
            ps.setDouble(first + 4, r.location().lat());
            ps.setBytes(first + 5, GeometryCodec.toWkb(r.geometry()));
            ps.setDouble(first + 6, e.getMinX());
            ps.setDouble(first + 7, e.getMinY());
            ps.setDouble(first + 8, e.getMaxX());
            ps.setDouble(first + 9, e.getMaxY());
            ps.setString(first + 10, DomainJson.write(r.details()));
            ps.setBoolean(first + 11, r.sample());
            setProvenance(ps, first + 12, r.provenance());
        }
    }
}
