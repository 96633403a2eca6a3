-- Certification coverage of any area, kept exact by the database in the transaction of every change.
--
-- Two counts tables, each holding a row per area at every level (province, city, county, township, village:
-- the prefixes of 2, 4, 6, 9 and 12 digits of the person's village code), so that the coverage of a province
-- reads a few hundred rows instead of two million pensioners:
--   coverage_certification_day  certifications per area, county day, channel and campaign year;
--   coverage_benefit_expiry     pensions not terminated per area, last valid day and suspension.
-- Figures that depend on today (due within 30 days, overdue) are sums over the second table's days.
-- Triggers on certification, pension_benefit and resident keep both exact, whoever writes: a certification
-- through any channel, the hourly lapse suspension, a death confirmed or rejected, a person moving village.

-- The county's calendar day of an instant (the bureau's clock zone, civic.time.zone).
create function county_day(t timestamptz) returns date language sql immutable parallel safe as $$
    select (t at time zone 'Asia/Shanghai')::date
$$;

-- An area's code and the codes of the areas it lies in, province first.
create function area_and_ancestors(code varchar) returns varchar[] language sql immutable parallel safe as $$
    select array_agg(left(code, n) order by n) from unnest(array[2, 4, 6, 9, 12]) as n where n <= length(code)
$$;

-- A certification without a campaign, through any channel but the silent data comparison, belongs to the
-- campaign running in the person's area on its day (the rule of StaffCertificationService), so self-service
-- and home-visit certifications made during a campaign count in it too.
create function certification_takes_campaign() returns trigger language plpgsql as $$
begin
    if new.campaign_id is null and new.channel <> 'DATA_COMPARISON' then
        select k.id into new.campaign_id
        from pension_benefit b join resident r on r.id = b.resident_id
        join certification_campaign k on r.area_code like k.area_code || '%'
            and county_day(new.certified_at) between k.starts_on and k.ends_on
        where b.id = new.benefit_id
        order by k.starts_on desc, k.id desc limit 1;
    end if;
    return new;
end;
$$;

create trigger certification_takes_campaign before insert on certification
    for each row execute function certification_takes_campaign();

create table coverage_certification_day (
    area_code      varchar(12) not null,
    certified_on   date        not null,
    channel        varchar(24) not null,
    -- year the certification's campaign started; 0 outside any campaign
    campaign_year  smallint    not null,
    certifications integer     not null,
    primary key (area_code, certified_on, channel, campaign_year)
);

create table coverage_benefit_expiry (
    area_code       varchar(12) not null,
    -- last valid day of the pension's certification; -infinity when never certified
    certified_until date        not null,
    suspended       boolean     not null,
    benefits        integer     not null,
    primary key (area_code, certified_until, suspended)
);

create function coverage_count_certifications(village varchar, day date, chan varchar, year smallint, delta integer)
returns void language sql as $$
    insert into coverage_certification_day as d (area_code, certified_on, channel, campaign_year, certifications)
    select a, day, chan, year, delta from unnest(area_and_ancestors(village)) as a
    on conflict (area_code, certified_on, channel, campaign_year)
    do update set certifications = d.certifications + excluded.certifications
$$;

create function coverage_count_benefits(village varchar, until date, is_suspended boolean, delta integer)
returns void language sql as $$
    insert into coverage_benefit_expiry as e (area_code, certified_until, suspended, benefits)
    select a, coalesce(until, '-infinity'::date), is_suspended, delta from unnest(area_and_ancestors(village)) as a
    on conflict (area_code, certified_until, suspended) do update set benefits = e.benefits + excluded.benefits
$$;

create function coverage_campaign_year(campaign bigint) returns smallint language sql stable as $$
    select coalesce((select extract(year from starts_on)::smallint from certification_campaign where id = campaign),
                    0::smallint)
$$;

create function coverage_village_of_benefit(benefit bigint) returns varchar language sql stable as $$
    select r.area_code from pension_benefit b join resident r on r.id = b.resident_id where b.id = benefit
$$;

create function certification_counts_coverage() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform coverage_count_certifications(coverage_village_of_benefit(old.benefit_id),
            county_day(old.certified_at), old.channel, coverage_campaign_year(old.campaign_id), -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform coverage_count_certifications(coverage_village_of_benefit(new.benefit_id),
            county_day(new.certified_at), new.channel, coverage_campaign_year(new.campaign_id), 1);
    end if;
    return null;
end;
$$;

create trigger certification_counts_coverage
    after insert or delete or update of benefit_id, channel, certified_at, campaign_id on certification
    for each row execute function certification_counts_coverage();

create function benefit_counts_coverage() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.resident_id = new.resident_id and old.status = new.status
            and old.certified_until is not distinct from new.certified_until then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'TERMINATED' then
        perform coverage_count_benefits((select area_code from resident where id = old.resident_id),
            old.certified_until, old.status = 'SUSPENDED', -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status <> 'TERMINATED' then
        perform coverage_count_benefits((select area_code from resident where id = new.resident_id),
            new.certified_until, new.status = 'SUSPENDED', 1);
    end if;
    return null;
end;
$$;

create trigger benefit_counts_coverage
    after insert or delete or update of resident_id, status, certified_until on pension_benefit
    for each row execute function benefit_counts_coverage();

-- A person moving to another village takes their pensions and certifications along.
create function resident_move_counts_coverage() returns trigger language plpgsql as $$
declare
    row record;
begin
    if old.area_code = new.area_code then
        return null;
    end if;
    for row in select b.certified_until, b.status = 'SUSPENDED' as suspended, count(*)::integer as n
               from pension_benefit b where b.resident_id = new.id and b.status <> 'TERMINATED'
               group by 1, 2 loop
        perform coverage_count_benefits(old.area_code, row.certified_until, row.suspended, -row.n);
        perform coverage_count_benefits(new.area_code, row.certified_until, row.suspended, row.n);
    end loop;
    for row in select county_day(c.certified_at) as day, c.channel, coverage_campaign_year(c.campaign_id) as year,
                      count(*)::integer as n
               from certification c join pension_benefit b on b.id = c.benefit_id
               where b.resident_id = new.id group by 1, 2, 3 loop
        perform coverage_count_certifications(old.area_code, row.day, row.channel, row.year, -row.n);
        perform coverage_count_certifications(new.area_code, row.day, row.channel, row.year, row.n);
    end loop;
    return null;
end;
$$;

create trigger resident_move_counts_coverage after update of area_code on resident
    for each row execute function resident_move_counts_coverage();

-- Recounts both tables from the base tables, e.g. after a bulk load made with triggers off (seeds/province):
-- select coverage_rebuild();  It locks the two tables for the time of the recount.
create function coverage_rebuild() returns void language sql as $$
    lock table coverage_certification_day, coverage_benefit_expiry in exclusive mode;
    truncate coverage_certification_day, coverage_benefit_expiry;
    insert into coverage_certification_day (area_code, certified_on, channel, campaign_year, certifications)
    select a, c.day, c.channel, c.year, sum(c.n)
    from (select r.area_code, county_day(c.certified_at) as day, c.channel, coalesce(extract(year from k.starts_on), 0)::smallint as year,
                 count(*) as n
          from certification c join pension_benefit b on b.id = c.benefit_id join resident r on r.id = b.resident_id
          left join certification_campaign k on k.id = c.campaign_id
          group by 1, 2, 3, 4) c
    cross join lateral unnest(area_and_ancestors(c.area_code)) as a
    group by 1, 2, 3, 4;
    insert into coverage_benefit_expiry (area_code, certified_until, suspended, benefits)
    select a, b.until, b.suspended, sum(b.n)
    from (select r.area_code, coalesce(b.certified_until, '-infinity'::date) as until, b.status = 'SUSPENDED' as suspended,
                 count(*) as n
          from pension_benefit b join resident r on r.id = b.resident_id
          where b.status <> 'TERMINATED' group by 1, 2, 3) b
    cross join lateral unnest(area_and_ancestors(b.area_code)) as a
    group by 1, 2, 3;
$$;

-- What exists already (the rows of a database migrated with data in it).
select coverage_rebuild();

-- Service-point coverage reads the points of an area by the village they stand in.
create index area_level_code_idx on area (level, code);
