package cn.civicservices.area;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    public Map<String, Area> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return areas.list("code in ?1", codes.stream().distinct().toList()).stream()
                .map(Area::of).collect(Collectors.toMap(Area::code, Function.identity()));
    }
}
