-- A province-sized synthetic region on the real areas of Shanxi (seeds/province/shanxi-areas.csv.gz), for
-- measuring the administrator's coverage and audit queries. Deterministic: every value is a hash of the row
-- number (hashint8extended), so the same counts give byte-identical data. Run by load.sh from the repository root,
-- against an empty, migrated database, as a superuser:
--   psql -v pensioners=2000000 -v audit_rows=2000000 -f seeds/province/generate.sql
-- The people are synthetic: no name or ID number of anyone (ID numbers exist only as random hashes and masks,
-- not decryptable with any key: nothing here reads them).
\set ON_ERROR_STOP on
\if :{?pensioners}
\else
\set pensioners 2000000
\endif
\if :{?audit_rows}
\else
\set audit_rows :pensioners
\endif
\timing on

-- A number in [0, 1) drawn from the row number and a salt.
create function pg_temp.rnd(i bigint, salt bigint) returns double precision language sql immutable as $$
    select (hashint8extended(i, salt) & 2147483647)::double precision / 2147483648
$$;

-- Bulk load with triggers off (the coverage counts, and the foreign-key checks, which the data satisfies by
-- construction); the counts are made once at the end with coverage_rebuild(), the triggers' own arithmetic.
set session_replication_role = replica;

create temp table shanxi_area (code varchar(12), name varchar(100), level varchar(16), parent_code varchar(12));
\copy shanxi_area from program 'gzip -dc seeds/province/shanxi-areas.csv.gz' with (format csv, header true)
insert into area (code, name, level, parent_code)
select code, name, level, parent_code from shanxi_area order by length(code), code;

create temp table village as
select (row_number() over (order by code) - 1)::int as idx, code,
       regexp_replace(name, '(村民委员会|居民委员会|村委会|居委会)$', '') as name
from area where level = 'VILLAGE';
create unique index on village (idx);
select count(*) as villages from village \gset

-- Service points: a station in 97% of the villages (2% of them closed), a centre in every township;
-- 60% of the stations and every centre have a kiosk.
insert into service_point (code, name, area_code, address, phone, opening_hours, latitude, longitude, has_kiosk,
                           services, active)
select 'SP' || v.code, v.name || '就业社保服务站', v.code, v.name || '村委会',
       '0351-' || lpad((v.idx % 10000000)::text, 7, '0'), '周一至周五 8:30-12:00 14:30-17:30',
       34.6 + 6.0 * pg_temp.rnd(v.idx, 12), 110.3 + 4.2 * pg_temp.rnd(v.idx, 13), pg_temp.rnd(v.idx, 14) < 0.6,
       '{PENSION_CERTIFICATION,PENSION_ENQUIRY,ASSISTED_CERTIFICATION}'::varchar(32)[], pg_temp.rnd(v.idx, 15) >= 0.02
from village v where pg_temp.rnd(v.idx, 11) >= 0.03
union all
select 'SP' || t.code, t.name || '就业社保服务中心', t.code, t.name || '政府', '0351-9' || right(t.code, 6),
       '周一至周五 8:30-12:00 14:30-17:30', 34.6 + 6.0 * pg_temp.rnd(t.code::bigint, 16),
       110.3 + 4.2 * pg_temp.rnd(t.code::bigint, 17), true,
       '{PENSION_CERTIFICATION,ASSISTED_CERTIFICATION,PENSION_ENQUIRY,CONTRIBUTION_PAYMENT,ENROLMENT}'::varchar(32)[], true
from area t where t.level = 'TOWNSHIP';

-- Pensioners, spread evenly over the villages, aged 60 to 90 on 2026-11-22.
insert into resident (id, id_number_hash, id_number_enc, id_number_mask, name, gender, birth_date, area_code,
                      lives_alone, bedridden, id_number_key_version)
select i, decode(md5('province-id-' || i), 'hex'), decode(md5('province-enc-' || i), 'hex'),
       left(v.code, 4) || '**********' || lpad((i % 10000)::text, 4, '0'),
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴','郭','武','霍','梁','韩','郝','白','孟'])[1 + floor(18 * pg_temp.rnd(i, 2))::int]
       || (array['秀英','桂兰','玉兰','建国','福生','春梅','金花','志强','保平','翠英','二娃','根柱','润生','月娥'])[1 + floor(14 * pg_temp.rnd(i, 3))::int],
       case when pg_temp.rnd(i, 4) < 0.52 then 'FEMALE' else 'MALE' end,
       date '1936-11-23' + floor(30 * 365 * pg_temp.rnd(i, 5))::int,
       v.code, pg_temp.rnd(i, 6) < 0.08, pg_temp.rnd(i, 7) < 0.03, 1
from generate_series(1, :pensioners) as i
join village v on v.idx = floor(:villages * pg_temp.rnd(i, 1))::int;

insert into enrolment (id, resident_id, scheme, enrolled_on, account_balance, account_balance_as_of)
select id, id, 'URBAN_RURAL_RESIDENT', date '2010-01-01', round((6000 * pg_temp.rnd(id, 8))::numeric, 2),
       date '2026-10-31'
from resident;

-- One campaign per county, as Heshun's: 2026-03-01 .. 2026-11-15.
insert into certification_campaign (code, name, area_code, starts_on, ends_on)
select 'C' || code || '-2026', name || '2026年度养老保险待遇资格认证集中行动', code, date '2026-03-01', date '2026-11-15'
from area where level = 'COUNTY';

-- The certification story of each pensioner, in the proportions of Heshun's seed:
-- 60.2% certified in the campaign (self-service 44.2%, assisted 13.8%, centralized 40.2%, home visit 1.8% of
-- those), 0.8% lapsed and suspended, 3% due within 30 days, the rest certified by data comparison.
create temp table story as
select i, r.area_code, u,
       case when u < 0.602 then
                case when c < 0.4425 then 'SELF_SERVICE' when c < 0.5801 then 'ASSISTED'
                     when c < 0.9824 then 'CENTRALIZED' else 'HOME_VISIT' end
            else 'DATA_COMPARISON' end as channel,
       case when u < 0.602 then date '2026-03-01' + floor(260 * d)::int
            when u < 0.610 then date '2025-11-01' + floor(21 * d)::int
            when u < 0.640 then date '2025-11-25' + floor(27 * d)::int
            else date '2025-12-22' + floor(324 * d)::int end as certified_on
from (select id as i, area_code, pg_temp.rnd(id, 20) as u, pg_temp.rnd(id, 21) as c, pg_temp.rnd(id, 22) as d
      from resident) r;

insert into pension_benefit (id, resident_id, enrolment_id, scheme, started_on, basic_amount, account_amount, status,
                             suspended_since, certified_until)
select s.i, s.i, s.i, 'URBAN_RURAL_RESIDENT', greatest(date '2010-01-01', date_trunc('month', r.birth_date + interval '60 years 1 month')::date),
       163.00, round((e.account_balance / 139)::numeric, 2),
       case when (s.certified_on + interval '12 months')::date < date '2026-11-22' then 'SUSPENDED' else 'ACTIVE' end,
       case when (s.certified_on + interval '12 months')::date < date '2026-11-22'
            then (s.certified_on + interval '12 months')::date + 1 end,
       (s.certified_on + interval '12 months')::date
from story s join resident r on r.id = s.i join enrolment e on e.id = s.i;

insert into certification (id, benefit_id, channel, certified_at, valid_until, evidence_type, campaign_id)
select s.i, s.i, s.channel,
       (s.certified_on + time '08:30' + (floor(9 * 3600 * pg_temp.rnd(s.i, 23)) || ' seconds')::interval) at time zone 'Asia/Shanghai',
       (s.certified_on + interval '12 months')::date,
       case s.channel when 'SELF_SERVICE' then 'FACE_CHECK' when 'DATA_COMPARISON' then 'HOSPITAL_RECORD' else 'IN_PERSON' end,
       case when s.channel <> 'DATA_COMPARISON' then k.id end
from story s join certification_campaign k on k.area_code = left(s.area_code, 6);

-- The audit log of a year of reads: workers reading their people, certifications, the lapse job.
insert into audit_log (at, actor, actor_role, action, resident_id, detail)
select timestamptz '2026-01-01 00:00+08' + (floor(325 * 86400 * pg_temp.rnd(j, 30)) || ' seconds')::interval,
       'worker' || floor(20000 * pg_temp.rnd(j, 31))::int, 'worker',
       (array['READ_WORK_LIST','READ_FIELDWORK_PACKAGE','CERTIFIED_ASSISTED','CERTIFIED_CENTRALIZED','READ_PENSION_STATUS'])[1 + floor(5 * pg_temp.rnd(j, 32))::int],
       1 + floor(:pensioners * pg_temp.rnd(j, 33))::bigint, null
from generate_series(1, :audit_rows) as j;

set session_replication_role = origin;

insert into administrator (name, area_code, login_subject) values
    ('和顺县人社局管理员', '140723', 'admin1'), ('山西省人社厅管理员', '14', 'provinceadmin1');

select setval(pg_get_serial_sequence(t, 'id'), (select coalesce(max(id), 0) + 1 from resident), false)
from unnest(array['resident', 'enrolment', 'pension_benefit', 'certification']) as t;
select setval(pg_get_serial_sequence('service_point', 'id'), (select max(id) + 1 from service_point), false);
select setval(pg_get_serial_sequence('audit_log', 'id'), (select max(id) + 1 from audit_log), false);

select coverage_rebuild();
-- Each area's counts side by side on disk, as a table grown day by day would mostly have them: the coverage of
-- a province then reads a hundred pages, not thousands scattered by the bulk recount.
cluster coverage_certification_day using coverage_certification_day_pkey;
cluster coverage_benefit_expiry using coverage_benefit_expiry_pkey;
vacuum analyze;

select (select count(*) from area where level = 'VILLAGE') as villages,
       (select count(*) from resident) as pensioners,
       (select count(*) from certification) as certifications,
       (select count(*) from audit_log) as audit_rows,
       (select count(*) from coverage_certification_day) as day_counts,
       (select count(*) from coverage_benefit_expiry) as expiry_counts,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
