package nl.beraad.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;

/**
 * Statements on the store's current connection without the try-with-resources ceremony. It knows
 * nothing of transactions or locks: the caller (the store's transaction styles) decides on which
 * connection, and in which transaction, the work runs; this class only binds, runs and reads.
 */
final class Sql {
    private final Supplier<Connection> connection;
    /** The engine's way of saying things, learnt from the first connection (the same engine throughout). */
    private volatile Dialect dialect;

    /** Statements on whatever connection {@code connection} gives at the moment each one runs. */
    Sql(Supplier<Connection> connection) {
        this.connection = connection;
    }

    /** How the engine behind the connection spells what engines spell differently. */
    Dialect dialect() throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(connection());
            dialect = known;
        }
        return known;
    }

    /**
     * A list to bind as one SQL array (issue 14: lists are arrays, not joined strings): {@code type}
     * names the element type as both engines know it, so that an empty list has a type too.
     */
    record ArrayOf(String type, List<?> elements) {
    }

    /** Texts bound as a VARCHAR ARRAY. */
    static ArrayOf texts(List<String> texts) {
        return new ArrayOf("VARCHAR", texts);
    }

    /** Whole numbers bound as an INTEGER ARRAY. */
    static ArrayOf numbers(List<Integer> numbers) {
        return new ArrayOf("INTEGER", numbers);
    }

    /** Makes a value from the row a result set stands on. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Work on the database that may fail with the driver's exception (the store translates it). */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** The connection the next statement runs on. */
    private Connection connection() {
        return connection.get();
    }

    /** The rows of a query, each made into a value, in the order the query gives them. */
    <T> List<T> list(String sql, RowReader<T> reader, Object... params) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        }
    }

    /** The first row of a query as a value, if there is a row; {@code reader} must not make null of it. */
    <T> Optional<T> one(String sql, RowReader<T> reader, Object... params) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
            }
        }
    }

    /** Runs one changing statement; how many rows it changed. */
    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Stores a row of {@code columns} (values in that order), or changes the one with the same {@code key}. */
    int upsert(String table, List<String> key, List<String> columns, Object... params) throws SQLException {
        return update(dialect().upsert(table, key, columns), params);
    }

    /** Runs an INSERT and gives the id the database made for the new row. */
    long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs one statement once for each list of values, as one batch. */
    void batch(String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(ps, params);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Binds values in order. An instant is stored as a time in UTC, an enum by its name (as the
     * store has always written them), a session or participant id or an item number by its number, and an
     * {@link ArrayOf} as an SQL array; null stays SQL NULL, anything else goes to the driver as it is.
     */
    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant at) {
                value = time(at);
            } else if (value instanceof Enum<?> constant) {
                value = constant.name();
            } else if (value instanceof SessionId id) {
                value = id.value();
            } else if (value instanceof ParticipantId id) {
                value = id.value();
            } else if (value instanceof ItemNo no) {
                value = no.value();
            } else if (value instanceof ArrayOf list) {
                value = ps.getConnection().createArrayOf(list.type(), list.elements().toArray());
            }
            ps.setObject(i + 1, value);
        }
    }

    /** An ARRAY column of texts as a list; SQL NULL (which the schema does not allow) as the empty list. */
    static List<String> texts(ResultSet rs, int column) throws SQLException {
        return elements(rs, column, String.class::cast);
    }

    /** An INTEGER ARRAY column as a list; SQL NULL (which the schema does not allow) as the empty list. */
    static List<Integer> numbers(ResultSet rs, int column) throws SQLException {
        return elements(rs, column, value -> ((Number) value).intValue());
    }

    private static <T> List<T> elements(ResultSet rs, int column, Function<Object, T> element)
            throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            List<T> out = new ArrayList<>();
            for (Object value : (Object[]) array.getArray()) {
                out.add(element.apply(value));
            }
            return List.copyOf(out);
        } finally {
            array.free();
        }
    }

    /** An instant as the stored TIMESTAMP WITH TIME ZONE, always at UTC. */
    static OffsetDateTime time(Instant instant) {
        // Cut to the microsecond both engines keep, as the session's log states it (SessionFacts.time).
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** A column that is never NULL as an instant. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** A column that may be NULL as an instant, or null. */
    static Instant optionalInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** A BIGINT column that may be NULL, as a Long or null. */
    static Long optionalLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A session id column. */
    static SessionId sessionId(ResultSet rs, int column) throws SQLException {
        return new SessionId(rs.getLong(column));
    }

    /** An item number column. */
    static ItemNo itemNo(ResultSet rs, int column) throws SQLException {
        return ItemNo.of(rs.getInt(column));
    }

    /** A participant id column. */
    static ParticipantId participantId(ResultSet rs, int column) throws SQLException {
        return new ParticipantId(rs.getLong(column));
    }

    /** A participant id column; SQL NULL (no participant: the board, a gap) as null. */
    static ParticipantId optionalParticipantId(ResultSet rs, int column) throws SQLException {
        Long value = optionalLong(rs, column);
        return value == null ? null : new ParticipantId(value);
    }
}
