package cn.civicservices.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * One page of child rows for each of many parents in two SQL statements (a windowed select and a grouped count),
 * so a batched connection field costs the same for one parent as for fifty. Children are ordered by a key
 * column, newest (largest) first; the cursor is that key.
 */
@ApplicationScoped
public class PerParentPages {

    /** What to page: a table, its parent column, its key column and the entity the rows map to. */
    public record Spec<E>(Class<E> entity, String table, String parentColumn, String keyColumn, String columns) {
    }

    public record Rows<E>(Map<Long, List<E>> rows, Map<Long, Long> counts) {
        public List<E> of(long parent) {
            return rows.getOrDefault(parent, List.of());
        }

        public long count(long parent) {
            return counts.getOrDefault(parent, 0L);
        }
    }

    @Inject
    EntityManager em;

    public <E> Rows<E> fetch(Spec<E> spec, List<Long> parents, PageRequest page, Object cursorKey,
            java.util.function.Function<E, Long> parentOf) {
        if (parents.isEmpty()) {
            return new Rows<>(Map.of(), Map.of());
        }
        String keyOrder = page.backward() ? " asc" : " desc";
        String cursorCondition = cursorKey == null ? ""
                : " and " + spec.keyColumn() + (page.backward() ? " > :cursor" : " < :cursor");
        var query = em.createNativeQuery("select " + spec.columns() + " from (select " + spec.columns()
                + ", row_number() over (partition by " + spec.parentColumn() + " order by " + spec.keyColumn()
                + keyOrder + ") as rn from " + spec.table() + " where " + spec.parentColumn() + " in (:parents)"
                + cursorCondition + ") t where rn <= :size order by " + spec.parentColumn() + ", " + spec.keyColumn()
                + keyOrder, spec.entity())
                .setParameter("parents", parents).setParameter("size", page.fetchSize());
        if (cursorKey != null) {
            query.setParameter("cursor", cursorKey);
        }
        Map<Long, List<E>> rows = new HashMap<>();
        for (Object row : query.getResultList()) {
            E entity = spec.entity().cast(row);
            rows.computeIfAbsent(parentOf.apply(entity), k -> new java.util.ArrayList<>()).add(entity);
        }
        Map<Long, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> countRows = em.createNativeQuery("select " + spec.parentColumn() + ", count(*) from "
                + spec.table() + " where " + spec.parentColumn() + " in (?1) group by " + spec.parentColumn())
                .setParameter(1, parents).getResultList();
        for (Object[] c : countRows) {
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        return new Rows<>(rows, counts);
    }
}
