package cn.civicservices.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Tens of thousands of synthetic service points in a test-only area tree (code prefix 99), far from Heshun, so
 * that a test or a benchmark sees the query plans and costs of a province-sized table.
 */
@ApplicationScoped
public class BulkServicePoints {

    public static final String VILLAGE = "990000000001";

    @Inject
    EntityManager em;

    @Transactional
    public void create(int count) {
        em.createNativeQuery("insert into area (code, name, level, parent_code) values "
                + "('99', '测试省', 'PROVINCE', null), ('9900', '测试市', 'CITY', '99'), "
                + "('990000', '测试县', 'COUNTY', '9900'), ('990000000', '测试镇', 'TOWNSHIP', '990000'), "
                + "('990000000001', '测试村', 'VILLAGE', '990000000') on conflict do nothing").executeUpdate();
        em.createNativeQuery("insert into service_point (code, name, area_code, address, phone, opening_hours, "
                + "latitude, longitude, has_kiosk, services) "
                + "select 'BULK' || n, '测试网点' || n, ?1, '测试地址', '0000-0000000', '周一至周五', "
                + "45 + (n % 500) * 0.01 + (n / 500) * 0.0001, 120 + (n / 500) * 0.08, n % 3 = 0, "
                + "cast('{PENSION_ENQUIRY,PENSION_CERTIFICATION}' as varchar(32)[]) "
                + "from generate_series(1, ?2) as n on conflict (code) do nothing")
                .setParameter(1, VILLAGE).setParameter(2, count).executeUpdate();
        em.createNativeQuery("analyze service_point").executeUpdate();
    }

    @Transactional
    public void remove() {
        em.createNativeQuery("delete from service_point where area_code = ?1").setParameter(1, VILLAGE)
                .executeUpdate();
        em.createNativeQuery("analyze service_point").executeUpdate();
    }
}
