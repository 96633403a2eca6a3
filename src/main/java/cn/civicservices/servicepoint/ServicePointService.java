package cn.civicservices.servicepoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.civicservices.area.Area;
import cn.civicservices.area.AreaService;
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.DriverRows;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.servicepoint.NearbyServicePointConnection.Nearby;

@ApplicationScoped
public class ServicePointService {

    /** Farthest a nearest-point search may reach, in kilometres. */
    static final String MAX_RADIUS_KM = "200";

    /**
     * The columns of a {@link ServicePoint}, in the order {@link #points} reads them. The services travel as one
     * comma-separated string (kinds are enum names), which the driver hands over as it is, without an array.
     */
    private static final String COLUMNS = "sp.id, sp.code, sp.name, sp.address, sp.phone, sp.opening_hours, "
            + "sp.latitude, sp.longitude, sp.has_kiosk, array_to_string(sp.services, ',') as services, sp.area_code, "
            + "sp.active";

    private static final String AREA_COLUMNS = ", a.code as area, a.name as area_name, a.level as area_level, "
            + "a.parent_code as area_parent";
    private static final String AREA_JOIN = " left join area a on a.code = sp.area_code";
    private static final String PARENT_COLUMNS = ", p.code as parent, p.name as parent_name, p.level as parent_level,"
            + " p.parent_code as parent_parent";
    private static final String PARENT_JOIN = " left join area p on p.code = a.parent_code";

    /**
     * What of its area a page of points reads with it, in the same statement, when the request asks for it: an
     * area by its code and a parent by the area's cost the database two index lookups a point, and the API a batch
     * of 50 objects a level (a statement, a loader and a future for every point).
     */
    public enum WithArea {
        NONE("", ""),
        AREA(AREA_COLUMNS, AREA_JOIN),
        AREA_AND_PARENT(AREA_COLUMNS + PARENT_COLUMNS, AREA_JOIN + PARENT_JOIN);

        private final String select;

        WithArea(String columns, String joins) {
            this.select = "select " + COLUMNS + columns + " from service_point sp" + joins;
        }

        String select() {
            return select;
        }
    }

    private static final String EARTH_POINT = "sp.location";
    private static final String EARTH_HERE = "ll_to_earth(:lat, :lon)";
    private static final String DISTANCE = "earth_distance(" + EARTH_POINT + ", " + EARTH_HERE + ")";

    @Inject
    EntityManager em;

    @Inject
    AreaService areas;

    public ServicePoint get(String code) {
        return ServicePointEntity.<ServicePointEntity> find("code = ?1 and active = true", code)
                .firstResultOptional().map(ServicePoint::of)
                .orElseThrow(() -> ApiException.notFound(Messages.msg().nounServicePoint(), code));
    }

    /**
     * What a list or a search of points matches, whatever the page: the rows {@code totalCount} counts, only when a
     * caller asks for it (a count over all of them costs more than the page itself).
     */
    public record Matching(String where, Map<String, Object> params) {

        public Matching {
            params = Map.copyOf(params);
        }
    }

    /** Active points in an area and every area below it, ordered by id. */
    public ServicePointConnection inArea(String areaCode, ServicePointFilter filter, PageRequest page,
            WithArea withArea) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("sp.active");
        if (areaCode != null) {
            where.append(" and sp.area_code like :areaPrefix");
            params.put("areaPrefix", areaCode + "%");
        }
        appendFilter(filter, where, params);
        Matching matching = new Matching(where.toString(), params);
        if (page.cursor() != null) {
            where.append(page.backward() ? " and sp.id < :cursorId" : " and sp.id > :cursorId");
            params.put("cursorId", page.cursor().longAt(0));
        }
        if (areaCode != null) {
            // The area is checked in the page's statement: a page with points is of an area that exists, and only a
            // page without any asks again, to tell an unknown area (NOT_FOUND) from one without points.
            where.append(" and exists (select 1 from area where code = :areaCode)");
            params.put("areaCode", areaCode);
        }
        List<ServicePoint> points = points(DriverRows.list(em, withArea.select() + " where " + where
                + (page.backward() ? " order by sp.id desc" : " order by sp.id asc") + " limit " + page.fetchSize(),
                params));
        if (points.isEmpty() && areaCode != null) {
            areas.requireExists(areaCode);
        }
        return ServicePointConnection.of(
                page.page(points, Function.identity(), p -> Cursor.of(p.id()), Page.NOT_COUNTED), matching);
    }

    /**
     * Active points within a radius of a position, nearest first; uses the location index, never a scan. The
     * position and radius are in range (see the constraints of the API).
     */
    public NearbyServicePointConnection near(GeoPointInput at, double radiusKm, ServicePointFilter filter,
            PageRequest page, WithArea withArea) {
        if (page.backward()) {
            throw ApiException.badInput(Messages.msg().errorPageForwardOnly());
        }
        NearQuery near = nearQuery(at, radiusKm, filter, page.cursor(), page.fetchSize());
        Query query = em.createNativeQuery(near.sql());
        near.params().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, ServicePoint> points = byIds(rows.stream().map(r -> ((Number) r[0]).longValue()).toList(), withArea);
        List<Nearby> found = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            found.add(new Nearby(points.get(((Number) row[0]).longValue()), ((Number) row[1]).doubleValue()));
        }
        return NearbyServicePointConnection.of(page.page(found, Function.identity(),
                n -> Cursor.of(Double.toString(n.distanceMeters()), n.point().id()), Page.NOT_COUNTED),
                near.matching());
    }

    /** How many active points a list or a search matches, across all its pages. */
    public int count(Matching matching) {
        Query query = em.createNativeQuery("select count(*) from service_point sp where " + matching.where());
        matching.params().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).intValue();
    }

    /** The SQL of a nearest-points page with its parameters, and what the search matches across all pages. */
    record NearQuery(String sql, Map<String, Object> params, Matching matching) {
    }

    NearQuery nearQuery(GeoPointInput at, double radiusKm, ServicePointFilter filter, Cursor cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("lat", at.latitude);
        params.put("lon", at.longitude);
        params.put("radius", radiusKm * 1000);
        StringBuilder where = new StringBuilder("sp.active and earth_box(" + EARTH_HERE + ", :radius) @> "
                + EARTH_POINT + " and " + DISTANCE + " <= :radius");
        appendFilter(filter, where, params);
        Matching matching = new Matching(where.toString(), params);
        if (cursor != null) {
            where.append(" and (" + DISTANCE + " > :cursorDistance or (" + DISTANCE
                    + " = :cursorDistance and sp.id > :cursorId))");
            params.put("cursorDistance", cursor.doubleAt(0));
            params.put("cursorId", cursor.longAt(1));
        }
        String sql = "select sp.id, " + DISTANCE + " from service_point sp where " + where
                + " order by " + EARTH_POINT + " <-> " + EARTH_HERE + ", sp.id limit " + limit;
        return new NearQuery(sql, params, matching);
    }

    /** The active point serving a village, or failing that its township. */
    public Map<String, ServicePoint> forVillages(List<String> villageCodes) {
        if (villageCodes.isEmpty()) {
            return Map.of();
        }
        List<String> candidates = new ArrayList<>(villageCodes);
        villageCodes.stream().filter(c -> c.length() == 12).map(c -> c.substring(0, 9)).forEach(candidates::add);
        Map<String, ServicePoint> byArea = ServicePointEntity.<ServicePointEntity> list(
                "areaCode in ?1 and active = true order by id", candidates.stream().distinct().toList())
                .stream().map(ServicePoint::of)
                .collect(Collectors.toMap(ServicePoint::areaCode, Function.identity(), (a, b) -> a));
        Map<String, ServicePoint> result = new HashMap<>();
        for (String village : villageCodes) {
            ServicePoint point = byArea.get(village);
            if (point == null && village.length() == 12) {
                point = byArea.get(village.substring(0, 9));
            }
            if (point != null) {
                result.put(village, point);
            }
        }
        return result;
    }

    private void appendFilter(ServicePointFilter filter, StringBuilder where, Map<String, Object> params) {
        if (filter == null) {
            return;
        }
        if (filter.hasKiosk != null) {
            where.append(" and sp.has_kiosk = :hasKiosk");
            params.put("hasKiosk", filter.hasKiosk);
        }
        if (filter.offers != null && !filter.offers.isEmpty()) {
            where.append(" and sp.services @> cast(:offers as varchar(32)[])");
            params.put("offers", filter.offers.stream().map(Enum::name).distinct()
                    .collect(Collectors.joining(",", "{", "}")));
        }
    }

    private Map<Long, ServicePoint> byIds(List<Long> ids, WithArea withArea) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return points(DriverRows.list(em, withArea.select() + " where sp.id = any(:ids)",
                Map.of("ids", ids.toArray(Long[]::new)))).stream()
                .collect(Collectors.toMap(ServicePoint::id, Function.identity()));
    }

    /**
     * The points of the rows of a statement of {@link WithArea#select()}, read through the driver ({@link DriverRows}):
     * a page is only shown, so it needs no managed entities in the session, and the requests that read pages write
     * neither points nor areas. The columns of the area and of its parent follow those of the point when the
     * statement reads them.
     */
    private static List<ServicePoint> points(List<Object[]> rows) {
        List<ServicePoint> points = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Area parent = row.length > 16 ? Area.ofRow(row, 16, null) : null;
            Area area = row.length > 12 ? Area.ofRow(row, 12, parent) : null;
            points.add(new ServicePoint((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], new GeoPoint(((Number) row[6]).doubleValue(), ((Number) row[7]).doubleValue()),
                    (Boolean) row[8], services((String) row[9]), (Boolean) row[11], ((Number) row[0]).longValue(),
                    (String) row[10], area));
        }
        return points;
    }

    private static List<ServiceKind> services(String names) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        List<ServiceKind> services = new ArrayList<>();
        for (String name : names.split(",")) {
            services.add(ServiceKind.valueOf(name));
        }
        return List.copyOf(services);
    }
}
