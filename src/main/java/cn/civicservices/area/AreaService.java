package cn.civicservices.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class AreaService {

    @Inject
    AreaRepository areas;

    @Inject
    EntityManager em;

    public Area get(String code) {
        return areas.findByIdOptional(code).map(Area::of)
                .orElseThrow(() -> ApiException.notFound(Messages.msg().nounArea(), code));
    }

    /** Makes sure an area code names an existing area; used by every area filter. */
    public void requireExists(String code) {
        get(code);
    }

    public Page<Area> list(String parentCode, AreaLevel level, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (parentCode != null) {
            requireExists(parentCode);
            where.append(" and parentCode = :parent");
            params.and("parent", parentCode);
        }
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        long total = areas.count(where.toString(), params);
        if (page.cursor() != null) {
            where.append(page.backward() ? " and code < :cursor" : " and code > :cursor");
            params.and("cursor", page.cursor().stringAt(0));
        }
        String order = page.backward() ? " order by code desc" : " order by code asc";
        List<AreaEntity> rows = areas.find(where + order, params).page(0, page.fetchSize()).list();
        return page.page(rows, Area::of, e -> Cursor.of(e.code), total);
    }

    /**
     * The areas of these codes, read as rows rather than entities: reference data that a request only shows, so
     * neither a managed copy in the session nor a query translation per list length (one SQL string whatever the
     * number of codes; division codes are digits, so they travel as one comma-separated parameter).
     */
    public Map<String, Area> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name, level, parent_code from area"
                + " where code = any(cast(string_to_array(:codes, ',') as varchar[]))")
                .setParameter("codes", String.join(",", codes.stream().distinct().toList()))
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(AreaEntity.class)
                .getResultList();
        Map<String, Area> found = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            found.put((String) row[0], Area.ofRow(row, 0, null));
        }
        return found;
    }
}
