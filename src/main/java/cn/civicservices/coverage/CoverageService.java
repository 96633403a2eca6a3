package cn.civicservices.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.civicservices.admin.Jurisdiction;
import cn.civicservices.area.Area;
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.SqlValues;
import cn.civicservices.pension.ReferenceData;
import cn.civicservices.pension.ReferenceData.CertificationPolicy;

/**
 * Certification and service-point coverage of the areas of an administrator's jurisdiction. Certification
 * figures come from the counts tables the database keeps exact (migration V11), one row per area and day, so an
 * area of any size costs two small index reads; an area outside the jurisdiction reads exactly like an unknown one.
 */
@ApplicationScoped
public class CoverageService {

    /** Longest daily series, in days. */
    public static final int MAX_SERIES_DAYS = 366;

    private static final String AREA_COLUMNS = "select code, name, level, parent_code from area";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferenceData reference;

    /** The area of this code if the jurisdiction covers it; NOT_FOUND otherwise, as for a code nobody has. */
    public Area visibleArea(Jurisdiction jurisdiction, String code) {
        if (!jurisdiction.covers(code)) {
            throw ApiException.notFound(Messages.msg().nounArea(), code);
        }
        List<?> rows = em.createNativeQuery(AREA_COLUMNS + " where code = ?1").setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound(Messages.msg().nounArea(), code);
        }
        return Area.ofRow((Object[]) rows.get(0), 0, null);
    }

    public CertificationCoverage certification(Jurisdiction jurisdiction, String code, int year) {
        Area area = visibleArea(jurisdiction, code);
        return figures(List.of(area), year).get(0);
    }

    /** A page of the child areas of an area already shown to the caller, with their coverage. */
    public Page<CertificationCoverage> children(Jurisdiction jurisdiction, CertificationCoverage parent,
            PageRequest page) {
        String parentCode = visibleArea(jurisdiction, parent.area().code()).code();
        Page<Area> areas = childAreas(parentCode, page);
        Map<String, CertificationCoverage> byCode = new HashMap<>();
        figures(areas.nodes(), parent.year()).forEach(c -> byCode.put(c.area().code(), c));
        List<Page.Item<CertificationCoverage>> items = areas.items().stream()
                .map(i -> new Page.Item<>(i.cursor(), byCode.get(i.node().code()))).toList();
        return new Page<>(items, areas.pageInfo(), areas.totalCount());
    }

    /** Certifications per day and channel over a range of at most {@link #MAX_SERIES_DAYS} days, every day listed. */
    public List<DailyCertifications> dailySeries(Jurisdiction jurisdiction, String code, LocalDate from, LocalDate to) {
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_SERIES_DAYS) {
            throw ApiException.badInput(Messages.msg().errorDateRange(MAX_SERIES_DAYS));
        }
        visibleArea(jurisdiction, code);
        List<?> rows = em.createNativeQuery("select certified_on, channel, sum(certifications) "
                + "from coverage_certification_day where area_code = ?1 and certified_on between ?2 and ?3 "
                + "group by certified_on, channel")
                .setParameter(1, code).setParameter(2, from).setParameter(3, to).getResultList();
        Map<LocalDate, long[]> byDay = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long[] counts = byDay.computeIfAbsent(SqlValues.localDate(r[0]), d -> new long[6]);
            counts[channelIndex((String) r[1])] += ((Number) r[2]).longValue();
        }
        List<DailyCertifications> series = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long[] c = byDay.getOrDefault(day, new long[6]);
            series.add(new DailyCertifications(day, c[0] + c[1] + c[2] + c[3] + c[4] + c[5], c[0], c[1], c[2], c[3],
                    c[4], c[5]));
        }
        return series;
    }

    public ServicePointCoverage servicePoints(Jurisdiction jurisdiction, String code) {
        Area area = visibleArea(jurisdiction, code);
        Object[] villages = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where exists ("
                + "select 1 from service_point s where s.area_code = a.code and s.active)) "
                + "from area a where a.level = 'VILLAGE' and a.code like ?1")
                .setParameter(1, code + "%").getSingleResult();
        Object[] points = (Object[]) em.createNativeQuery("select count(*) filter (where active), "
                + "count(*) filter (where active and has_kiosk), count(*) filter (where not active) "
                + "from service_point where area_code like ?1")
                .setParameter(1, code + "%").getSingleResult();
        long all = ((Number) villages[0]).longValue();
        long covered = ((Number) villages[1]).longValue();
        return new ServicePointCoverage(area, all, covered, all - covered, ((Number) points[0]).longValue(),
                ((Number) points[1]).longValue(), ((Number) points[2]).longValue());
    }

    /** Villages of an area already shown to the caller that have no active service point, by code. */
    public Page<Area> villagesWithoutPoint(Jurisdiction jurisdiction, ServicePointCoverage coverage, PageRequest page) {
        String code = visibleArea(jurisdiction, coverage.area().code()).code();
        String where = " a where a.level = 'VILLAGE' and a.code like :area and not exists ("
                + "select 1 from service_point s where s.area_code = a.code and s.active)";
        return keysetByCode(AREA_COLUMNS + where, null, Map.of("area", code + "%"), page,
                coverage.villagesWithoutActivePoint());
    }

    private Page<Area> childAreas(String parentCode, PageRequest page) {
        return keysetByCode(AREA_COLUMNS + " a where a.parent_code = :parent",
                "select count(*) from area a where a.parent_code = :parent", Map.of("parent", parentCode), page, -1);
    }

    /** A keyset page of areas by code; the total is counted with {@code count} unless already known (not -1). */
    private Page<Area> keysetByCode(String select, String count, Map<String, Object> params, PageRequest page,
            long knownTotal) {
        String sql = select;
        if (page.cursor() != null) {
            sql += page.backward() ? " and a.code < :cursor" : " and a.code > :cursor";
        }
        sql += page.backward() ? " order by a.code desc" : " order by a.code";
        Query rows = em.createNativeQuery(sql + " limit :n").setParameter("n", page.fetchSize());
        params.forEach(rows::setParameter);
        if (page.cursor() != null) {
            rows.setParameter("cursor", page.cursor().stringAt(0));
        }
        List<Area> areas = rows.getResultList().stream().map(r -> Area.ofRow((Object[]) r, 0, null)).toList();
        long total = knownTotal;
        if (total < 0) {
            Query counted = em.createNativeQuery(count);
            params.forEach(counted::setParameter);
            total = ((Number) counted.getSingleResult()).longValue();
        }
        return page.page(areas, a -> a, a -> Cursor.of(a.code()), total);
    }

    /** The coverage of each area, in the given order: two statements whatever the number of areas. */
    List<CertificationCoverage> figures(List<Area> areas, int year) {
        if (areas.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        CertificationPolicy policy = reference.certificationPolicy(today);
        List<String> codes = areas.stream().map(Area::code).toList();
        Map<String, long[]> certified = new HashMap<>();
        List<?> rows = em.createNativeQuery("select area_code, channel, sum(certifications) "
                + "from coverage_certification_day where area_code in (?1) and campaign_year = ?2 "
                + "and certified_on >= ?3 and certified_on < ?4 group by area_code, channel")
                .setParameter(1, codes).setParameter(2, (short) year)
                .setParameter(3, LocalDate.of(year, 1, 1)).setParameter(4, LocalDate.of(year + 2, 1, 1))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            certified.computeIfAbsent((String) r[0], c -> new long[6])[channelIndex((String) r[1])] +=
                    ((Number) r[2]).longValue();
        }
        Map<String, long[]> states = new HashMap<>();
        rows = em.createNativeQuery("select area_code, sum(benefits), "
                + "coalesce(sum(benefits) filter (where certified_until >= ?2 and certified_until < ?3), 0), "
                + "coalesce(sum(benefits) filter (where certified_until < ?2), 0), "
                + "coalesce(sum(benefits) filter (where suspended), 0) "
                + "from coverage_benefit_expiry where area_code in (?1) group by area_code")
                .setParameter(1, codes).setParameter(2, today).setParameter(3, today.plusDays(policy.dueWindowDays()))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            states.put((String) r[0], new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue() });
        }
        List<CertificationCoverage> result = new ArrayList<>(areas.size());
        for (Area area : areas) {
            long[] c = certified.getOrDefault(area.code(), new long[6]);
            long[] s = states.getOrDefault(area.code(), new long[4]);
            double completion = s[0] == 0 ? 1.0 : (double) (s[0] - s[2]) / s[0];
            result.add(new CertificationCoverage(area, year, today, s[0], c[0] + c[1] + c[2] + c[3] + c[4] + c[5],
                    c[0], c[1], c[2], c[3], c[4], c[5], policy.dueWindowDays(), s[1], s[2], s[3], completion));
        }
        return result;
    }

    private static int channelIndex(String channel) {
        return switch (channel) {
            case "SELF_SERVICE" -> 0;
            case "ASSISTED" -> 1;
            case "CENTRALIZED" -> 2;
            case "HOME_VISIT" -> 3;
            case "DATA_COMPARISON" -> 4;
            default -> 5;
        };
    }
}
