package cn.civicservices.worker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Which worker serves which village. */
@ApplicationScoped
public class WorkerDirectory {

    @Inject
    EntityManager em;

    /** The active worker assigned to each of the given areas (lowest worker id when several are). */
    public Map<String, WorkerEntity> forAreas(List<String> areaCodes) {
        Map<String, WorkerEntity> result = new HashMap<>();
        if (areaCodes.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("select wa.areaCode, w from WorkerArea wa, Worker w "
                + "where w.id = wa.workerId and w.active = true and wa.areaCode in :areas order by w.id",
                Object[].class).setParameter("areas", areaCodes.stream().distinct().toList()).getResultList();
        for (Object[] row : rows) {
            result.putIfAbsent((String) row[0], (WorkerEntity) row[1]);
        }
        return result;
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
