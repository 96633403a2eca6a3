package cn.civicservices.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.DriverRows;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class AreaService {

    /** An area's columns in the order {@link Area#ofRow} reads them. */
    private static final String ROWS = "select code, name, level, parent_code from area";

    @Inject
    AreaRepository areas;

    @Inject
    EntityManager em;

    /**
     * An area by its code, read through the driver ({@link DriverRows}): reference data that the API never writes,
     * asked for on every visit to the app's area screens, so neither a managed entity nor Hibernate's load of one.
     */
    public Area get(String code) {
        List<Object[]> rows = DriverRows.list(em, ROWS + " where code = :code", Map.of("code", code));
        if (rows.isEmpty()) {
            throw ApiException.notFound(Messages.msg().nounArea(), code);
        }
        return Area.ofRow(rows.get(0), 0, null);
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
     * The areas of these codes, read through the driver ({@link DriverRows}) rather than as entities: reference data
     * that a request only shows, so neither a managed copy in the session nor a query translation per list length
     * (one SQL string whatever the number of codes: they travel as one array).
     */
    public Map<String, Area> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = DriverRows.list(em, ROWS + " where code = any(:codes)",
                Map.of("codes", codes.stream().distinct().toArray(String[]::new)));
        Map<String, Area> found = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            found.put((String) row[0], Area.ofRow(row, 0, null));
        }
        return found;
    }
}
