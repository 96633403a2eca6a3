package cn.civicservices.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.civicservices.resident.IdNumber;
import cn.civicservices.resident.PiiVault;

/**
 * Creates the records a test needs, through the real schema and the real ID-number protection. Each test links
 * a test account to a fresh resident, so tests never depend on each other or on their order.
 */
@ApplicationScoped
public class Fixtures {

    /** A village of worker1 (东仁村, 义兴镇, 和顺县): it has a service point and a worker. */
    public static final String VILLAGE = "140723100200";

    @Inject
    EntityManager em;

    @Inject
    PiiVault vault;

    @Inject
    TestClock clock;

    /**
     * Villages of a test-only county (149901, under a test city 1499 of Shanxi), so that tests never add areas to
     * Heshun county. Each village is created with its township if missing.
     */
    @Transactional
    public void testVillages(String... villageCodes) {
        em.createNativeQuery("insert into area (code, name, level, parent_code) values ('1499', '测试市', 'CITY', '14'), "
                + "('149901', '测试县', 'COUNTY', '1499') on conflict do nothing").executeUpdate();
        for (String village : villageCodes) {
            em.createNativeQuery("insert into area (code, name, level, parent_code) values "
                    + "(?1, '测试乡' || ?1, 'TOWNSHIP', '149901'), (?2, '测试村' || ?2, 'VILLAGE', ?1) "
                    + "on conflict do nothing")
                    .setParameter(1, village.substring(0, 9)).setParameter(2, village).executeUpdate();
        }
    }

    /** A worker linked to a test account, assigned to the given areas (created once, kept across tests). */
    @Transactional
    public void worker(String loginSubject, String name, String phone, String... areaCodes) {
        em.createNativeQuery("insert into worker (name, phone, login_subject) values (?1, ?2, ?3) "
                + "on conflict (login_subject) do nothing")
                .setParameter(1, name).setParameter(2, phone).setParameter(3, loginSubject).executeUpdate();
        for (String area : areaCodes) {
            em.createNativeQuery("insert into worker_area (worker_id, area_code) select id, ?1 from worker "
                    + "where login_subject = ?2 on conflict do nothing")
                    .setParameter(1, area).setParameter(2, loginSubject).executeUpdate();
        }
    }

    /** An administrator linked to a test account, scoped to the given area (created once, kept across tests). */
    @Transactional
    public void administrator(String loginSubject, String name, String areaCode) {
        em.createNativeQuery("insert into administrator (name, area_code, login_subject) values (?1, ?2, ?3) "
                + "on conflict (login_subject) do update set area_code = excluded.area_code, active = true")
                .setParameter(1, name).setParameter(2, areaCode).setParameter(3, loginSubject).executeUpdate();
    }

    /** Links a test account to an existing resident, unlinking whoever had it. */
    @Transactional
    public void link(String loginSubject, long residentId) {
        em.createNativeQuery("update resident set login_subject = null where login_subject = ?1")
                .setParameter(1, loginSubject).executeUpdate();
        em.createNativeQuery("update resident set login_subject = ?1 where id = ?2")
                .setParameter(1, loginSubject).setParameter(2, residentId).executeUpdate();
    }

    /** A valid, unused resident ID number of Heshun county for someone born on the given date. */
    public static String idNumber(LocalDate birthDate, boolean male) {
        int sequence = ThreadLocalRandom.current().nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = "140723" + birthDate.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A new resident of {@link #VILLAGE}, linked to the given test account (unlinking whoever had it). */
    @Transactional
    public long resident(String loginSubject, LocalDate birthDate, boolean bedridden) {
        return resident(loginSubject, birthDate, bedridden, VILLAGE, vault.currentVersion());
    }

    /** A new resident of the given village, linked to the given test account (unlinking whoever had it). */
    @Transactional
    public long resident(String loginSubject, LocalDate birthDate, boolean bedridden, String village) {
        return resident(loginSubject, birthDate, bedridden, village, vault.currentVersion());
    }

    /** The same, with the ID number protected by the keys of the given version, as an older row would be. */
    @Transactional
    public long resident(String loginSubject, LocalDate birthDate, boolean bedridden, int keyVersion) {
        return resident(loginSubject, birthDate, bedridden, VILLAGE, keyVersion);
    }

    @Transactional
    public long resident(String loginSubject, LocalDate birthDate, boolean bedridden, String village,
            int keyVersion) {
        em.createNativeQuery("update resident set login_subject = null where login_subject = ?1")
                .setParameter(1, loginSubject).executeUpdate();
        IdNumber number;
        do {
            number = IdNumber.parse(idNumber(birthDate, false));
        } while (((Number) em.createNativeQuery("select count(*) from resident where id_number_hash in (?1)")
                .setParameter(1, vault.lookupHashes(number)).getSingleResult()).intValue() > 0);
        return ((Number) em.createNativeQuery("insert into resident (id_number_hash, id_number_enc, id_number_mask, "
                + "name, gender, birth_date, area_code, bedridden, login_subject, id_number_key_version) "
                + "values (?1, ?2, ?3, '测试居民', 'FEMALE', ?4, ?5, ?6, ?7, ?8) returning id")
                .setParameter(1, vault.hash(number, keyVersion)).setParameter(2, vault.encrypt(number, keyVersion))
                .setParameter(3, number.masked()).setParameter(4, birthDate).setParameter(5, village)
                .setParameter(6, bedridden).setParameter(7, loginSubject).setParameter(8, keyVersion)
                .getSingleResult()).longValue();
    }

    /** A suspended pension of the residents' scheme, certified until the day before it was suspended. */
    @Transactional
    public long suspendedPension(long residentId, LocalDate suspendedSince) {
        long benefit = benefit(residentId, enrolment(residentId, "URBAN_RURAL_RESIDENT", new BigDecimal("4000"), 0),
                "URBAN_RURAL_RESIDENT", suspendedSince);
        certification(benefit, "CENTRALIZED", suspendedSince.minusYears(1), suspendedSince.minusDays(1));
        return benefit;
    }

    @Transactional
    public String idNumberOf(long residentId) {
        Object[] row = (Object[]) em.createNativeQuery("select id_number_enc, id_number_key_version from resident "
                + "where id = ?1").setParameter(1, residentId).getSingleResult();
        return vault.decrypt((byte[]) row[0], ((Number) row[1]).intValue()).value();
    }

    @Transactional
    public long enrolment(long residentId, String scheme, BigDecimal balance, int contributionYears) {
        long id = ((Number) em.createNativeQuery("insert into enrolment (resident_id, scheme, enrolled_on, "
                + "account_balance, account_balance_as_of) values (?1, ?2, '2010-01-01', ?3, ?4) returning id")
                .setParameter(1, residentId).setParameter(2, scheme).setParameter(3, balance)
                .setParameter(4, clock.today()).getSingleResult()).longValue();
        for (int i = 0; i < contributionYears; i++) {
            int year = 2010 + i;
            em.createNativeQuery("insert into contribution (enrolment_id, year, amount, subsidy, paid_on) "
                    + "values (?1, ?2, 300, 40, ?3)").setParameter(1, id).setParameter(2, year)
                    .setParameter(3, LocalDate.of(year, 6, 1)).executeUpdate();
        }
        return id;
    }

    /** A benefit; SUSPENDED when suspendedSince is given. */
    @Transactional
    public long benefit(long residentId, long enrolmentId, String scheme, LocalDate suspendedSince) {
        return ((Number) em.createNativeQuery("insert into pension_benefit (resident_id, enrolment_id, scheme, "
                + "started_on, basic_amount, account_amount, status, suspended_since) "
                + "values (?1, ?2, ?3, '2020-01-01', 163.00, 40.00, ?4, ?5) returning id")
                .setParameter(1, residentId).setParameter(2, enrolmentId).setParameter(3, scheme)
                .setParameter(4, suspendedSince == null ? "ACTIVE" : "SUSPENDED").setParameter(5, suspendedSince)
                .getSingleResult()).longValue();
    }

    /** Regular payments for the given number of months up to and including {@code lastPeriod}. */
    @Transactional
    public void payments(long benefitId, YearMonth lastPeriod, int months) {
        em.createNativeQuery("insert into pension_payment (benefit_id, period, amount, kind, paid_on) "
                + "select ?1, cast(m as date), 203.00, 'REGULAR', cast(m as date) + 9 from generate_series(cast(?2 as date), cast(?3 as date), "
                + "interval '1 month') as m")
                .setParameter(1, benefitId).setParameter(2, lastPeriod.minusMonths(months - 1L).atDay(1))
                .setParameter(3, lastPeriod.atDay(1)).executeUpdate();
    }

    @Transactional
    public void certification(long benefitId, String channel, LocalDate certifiedOn, LocalDate validUntil) {
        em.createNativeQuery("insert into certification (benefit_id, channel, certified_at, valid_until, "
                + "evidence_type) values (?1, ?2, ?3, ?4, 'IN_PERSON')")
                .setParameter(1, benefitId).setParameter(2, channel)
                .setParameter(3, certifiedOn.atStartOfDay(TestClock.COUNTY).toOffsetDateTime())
                .setParameter(4, validUntil).executeUpdate();
    }

    @Transactional
    public long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Waits until some database session waits for a lock (a request that reached a row or table another session
     * holds), checking every 25 ms; fails with {@code failure} after {@code timeout}.
     */
    public void awaitSessionWaitingOnALock(Duration timeout, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            Thread.sleep(25);
        }
    }

    @Transactional
    public String text(String sql, Object... params) {
        return (String) single(sql, params);
    }

    @Transactional
    public byte[] bytes(String sql, Object... params) {
        return (byte[]) single(sql, params);
    }

    private Object single(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getSingleResult();
    }

    @Transactional
    public int execute(String sql, Object... params) {
        var statement = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setParameter(i + 1, params[i]);
        }
        return statement.executeUpdate();
    }
}
