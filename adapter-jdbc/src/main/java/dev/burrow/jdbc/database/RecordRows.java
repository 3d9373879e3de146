package dev.burrow.jdbc.database;

import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMappers;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.statement.StatementContext;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps rows onto the adapter's row records, component by component, matching {@code snake_case} columns to
 * {@code camelCase} components. JDBI's ConstructorMapper does the same but works the match out again for every
 * statement, which on a busy server cost more than the statements; here it is worked out once per record and
 * list of columns, and each row is a constructor call.
 */
final class RecordRows implements RowMapperFactory {

    private final Map<Class<?>, RecordShape> shapes = new ConcurrentHashMap<>();

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        Class<?> raw = GenericTypes.getErasedType(type);
        if (!raw.isRecord() || !raw.getPackageName().startsWith("dev.burrow.jdbc")) {
            return Optional.empty();
        }
        RecordShape shape = shapes.computeIfAbsent(raw, record -> new RecordShape(record, "", config));
        return Optional.of(new ShapedMapper(shape));
    }

    /**
     * What never changes for a record: its constructor, its components' names and how each is read, a column or,
     * for a component marked {@link Nested}, a record of its own read from the same row (its columns named with
     * the annotation's prefix).
     */
    private static final class RecordShape {
        private final Class<?> record;
        private final Constructor<?> constructor;
        private final String[] names;
        private final ColumnMapper<?>[] mappers;
        private final RecordShape[] nested;
        private final Map<List<String>, int[][]> columnsFor = new ConcurrentHashMap<>();

        RecordShape(Class<?> record, String prefix, ConfigRegistry config) {
            this.record = record;
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                constructor = record.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(record.getName() + " has no canonical constructor", e);
            }
            names = new String[components.length];
            mappers = new ColumnMapper<?>[components.length];
            nested = new RecordShape[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = (prefix + components[i].getName()).replace("_", "").toLowerCase(Locale.ROOT);
                // @Nested reaches the record through its constructor's parameters, not its components.
                Nested inner = constructor.getParameters()[i].getAnnotation(Nested.class);
                if (inner != null) {
                    nested[i] = new RecordShape(types[i], prefix + inner.value(), config);
                    continue;
                }
                Type generic = components[i].getGenericType();
                mappers[i] = config.get(ColumnMappers.class).findFor(generic).orElseThrow(() ->
                        new IllegalStateException("no column mapper for " + generic + " in " + record.getName()));
            }
        }

        /** For this record and each nested one, the columns (1-based) of its components, for these labels. */
        int[][] columns(ResultSet rs) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> labels = new ArrayList<>(meta.getColumnCount());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                labels.add(meta.getColumnLabel(i).replace("_", "").toLowerCase(Locale.ROOT));
            }
            return columnsFor.computeIfAbsent(labels, this::match);
        }

        private int[][] match(List<String> labels) {
            int[][] columns = new int[names.length][];
            for (int i = 0; i < names.length; i++) {
                if (nested[i] != null) {
                    columns[i] = flatten(nested[i].match(labels));
                    continue;
                }
                int found = labels.indexOf(names[i]);
                if (found < 0) {
                    throw new IllegalStateException("no column for " + record.getSimpleName() + "." + names[i]);
                }
                columns[i] = new int[] {found + 1};
            }
            return columns;
        }

        private static int[] flatten(int[][] columns) {
            return Arrays.stream(columns).flatMapToInt(Arrays::stream).toArray();
        }

        Object map(ResultSet rs, int[][] columns, StatementContext ctx) throws SQLException {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = nested[i] != null
                        ? nested[i].map(rs, nested[i].unflatten(columns[i]), ctx)
                        : mappers[i].map(rs, columns[i][0], ctx);
            }
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A nested record's columns back in its own shape (nested records do not nest further here). */
        private int[][] unflatten(int[] flat) {
            int[][] columns = new int[flat.length][];
            for (int i = 0; i < flat.length; i++) {
                columns[i] = new int[] {flat[i]};
            }
            return columns;
        }
    }

    /** A mapper for one result set: the columns are matched once, when JDBI specializes it. */
    private record ShapedMapper(RecordShape shape) implements RowMapper<Object> {

        @Override
        public Object map(ResultSet rs, StatementContext ctx) throws SQLException {
            return shape.map(rs, shape.columns(rs), ctx);
        }

        @Override
        public RowMapper<Object> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            int[][] columns = shape.columns(rs);
            return (row, context) -> shape.map(row, columns, context);
        }
    }
}
