package cn.civicservices.worker;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.civicservices.area.AreaCodes;

/**
 * Which worker serves which village, by one rule used everywhere: a worker covers a village when assigned to
 * the village itself or to an area that contains it (its township, its county). Where several cover a village,
 * the most specific assignment serves it (a village's own worker before the township's); among equals, the
 * lowest worker id.
 */
@ApplicationScoped
public class WorkerDirectory {

    @Inject
    EntityManager em;

    /** The active worker who serves each of the given villages; villages nobody covers are absent. */
    public Map<String, WorkerEntity> forAreas(List<String> villageCodes) {
        Map<String, WorkerEntity> result = new HashMap<>();
        if (villageCodes.isEmpty()) {
            return result;
        }
        List<String> codes = villageCodes.stream().distinct().flatMap(c -> AreaCodes.selfAndAncestors(c).stream())
                .distinct().toList();
        Map<String, WorkerEntity> byAssignedArea = new HashMap<>();
        List<Object[]> rows = em.createQuery("select wa.areaCode, w from WorkerArea wa, Worker w "
                + "where w.id = wa.workerId and w.active = true and wa.areaCode in :areas order by w.id",
                Object[].class).setParameter("areas", codes).getResultList();
        for (Object[] row : rows) {
            byAssignedArea.putIfAbsent((String) row[0], (WorkerEntity) row[1]);
        }
        for (String village : villageCodes) {
            AreaCodes.selfAndAncestors(village).stream().map(byAssignedArea::get).filter(w -> w != null)
                    .findFirst().ifPresent(worker -> result.put(village, worker));
        }
        return result;
    }

    /** Whether the worker covers the village (see the rule above). */
    public boolean covers(long workerId, String villageCode) {
        return coverage(workerId).covers(villageCode);
    }

    /**
     * The areas an active worker is assigned to, read once, to decide for many villages by the rule above; empty
     * for an inactive or unknown worker.
     */
    public Coverage coverage(long workerId) {
        List<String> areas = em.createNativeQuery("select wa.area_code from worker_area wa join worker w "
                + "on w.id = wa.worker_id where wa.worker_id = ?1 and w.active", String.class)
                .setParameter(1, workerId).getResultList();
        return new Coverage(Set.copyOf(areas));
    }

    /** The areas a worker is assigned to. */
    public record Coverage(Set<String> areas) {

        /** Whether these assignments cover the village: the village itself or an area that contains it. */
        public boolean covers(String villageCode) {
            return villageCode != null && AreaCodes.selfAndAncestors(villageCode).stream().anyMatch(areas::contains);
        }
    }

    /** The villages the worker covers (see the rule above), code to name, in code order. */
    @SuppressWarnings("unchecked")
    public Map<String, String> villagesCoveredBy(long workerId) {
        Map<String, String> villages = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select a.code, a.name from area a where a.level = 'VILLAGE' "
                + "and exists (select 1 from worker_area wa join worker w on w.id = wa.worker_id "
                + "where wa.worker_id = ?1 and w.active and a.code like wa.area_code || '%') order by a.code")
                .setParameter(1, workerId).getResultList();
        rows.forEach(row -> villages.put((String) row[0], (String) row[1]));
        return villages;
    }

    /** Workers by id, for showing who is assigned to a set of visits. */
    public Map<Long, WorkerEntity> byIds(List<Long> ids) {
        Map<Long, WorkerEntity> result = new HashMap<>();
        List<Long> distinct = ids.stream().filter(id -> id != null).distinct().toList();
        if (!distinct.isEmpty()) {
            WorkerEntity.<WorkerEntity> list("id in ?1", distinct).forEach(w -> result.put(w.id, w));
        }
        return result;
    }
}
