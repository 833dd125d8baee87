package org.thirdspace.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Column;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A native SQL statement built piece by piece with positional parameters — for the queries JPQL
 * cannot say (set-based upserts, row-value keyset comparisons, vendor full-text search) — and the
 * reading of the values drivers return (PostgreSQL and H2 differ for timestamps).
 */
final class NativeQuery {

    /**
     * {@code select *} or {@code select t.*} at the start of a query that reads entities, or the
     * {@code returning *} of a statement that writes them.
     */
    private static final Pattern ALL_COLUMNS = Pattern.compile("^(select )(?:(\\w+)\\.)?\\*| (returning )\\*");
    /** An entity's columns joined for a select list, by entity and table alias ({@code ""} for none). */
    private static final Map<Class<?>, Map<String, String>> COLUMNS = new ConcurrentHashMap<>();

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    NativeQuery sql(String text, Object... values) {
        sql.append(text);
        for (Object value : values) {
            parameters.add(value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
        return this;
    }

    /** {@code (?, ?, ?)} for the values, or {@code (null)} for none (an IN that matches nothing). */
    NativeQuery in(Collection<?> values) {
        if (values.isEmpty()) {
            return sql("(null)");
        }
        sql.append('(');
        boolean first = true;
        for (Object value : values) {
            sql.append(first ? "?" : ", ?");
            parameters.add(value);
            first = false;
        }
        sql.append(')');
        return this;
    }

    Query build(EntityManager em) {
        return bind(em.createNativeQuery(sql.toString()));
    }

    Query build(EntityManager em, Class<?> entity) {
        return bind(em.createNativeQuery(namingColumns(entity), entity));
    }

    /**
     * The query with its {@code *} written out as the entity's columns. PostgreSQL refuses to run a
     * prepared statement whose result columns changed ("cached plan must not change result type"),
     * so with {@code *} every node of the running release would fail its next read of a table the
     * next release's migration added a column to (docs/UPGRADES.md, RollingUpgradeIT).
     */
    private String namingColumns(Class<?> entity) {
        Matcher all = ALL_COLUMNS.matcher(sql);
        if (!all.find()) {
            return sql.toString();
        }
        String prefix = all.group(2) == null ? "" : all.group(2) + ".";
        String columns = COLUMNS.computeIfAbsent(entity, e -> new ConcurrentHashMap<>()).computeIfAbsent(prefix,
                p -> columnsOf(entity).stream().map(column -> p + column).collect(Collectors.joining(", ")));
        String keyword = all.group(1) != null ? all.group(1) : " " + all.group(3);
        return sql.substring(0, all.start()) + keyword + columns + sql.substring(all.end());
    }

    /** The columns of an entity with field access, as its mapping names them (the field's name by default). */
    private static List<String> columnsOf(Class<?> entity) {
        List<String> columns = new ArrayList<>();
        for (Field field : entity.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                    || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            columns.add(column == null || column.name().isEmpty() ? field.getName() : column.name());
        }
        return List.copyOf(columns);
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em) {
        List<?> result = build(em).getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    <T> List<T> entities(EntityManager em, Class<T> entity) {
        return build(em, entity).getResultList();
    }

    /** Entities only to show: not registered for change tracking (EclipseLink read-only hint). */
    @SuppressWarnings("unchecked")
    <T> List<T> readOnly(EntityManager em, Class<T> entity) {
        return build(em, entity).setHint("eclipselink.read-only", true).getResultList();
    }

    int execute(EntityManager em) {
        return build(em).executeUpdate();
    }

    private Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
