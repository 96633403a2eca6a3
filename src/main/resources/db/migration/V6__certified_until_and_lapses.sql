-- Each benefit carries the last day its certification is valid, kept exact by the database whenever a
-- certification is recorded, through any channel. A lapse is then a fact of the benefit row itself, so the
-- daily suspension and a concurrent certification serialize on that row.
alter table pension_benefit add column certified_until date;

update pension_benefit b set certified_until = c.valid_until
from (select benefit_id, max(valid_until) as valid_until from certification group by benefit_id) c
where c.benefit_id = b.id;

create function certification_extends_benefit() returns trigger language plpgsql as $$
begin
    update pension_benefit set certified_until = new.valid_until
    where id = new.benefit_id and (certified_until is null or certified_until < new.valid_until);
    return new;
end;
$$;

create trigger certification_extends_benefit after insert on certification
    for each row execute function certification_extends_benefit();

-- Benefits still paid whose certification runs out first: what the daily suspension looks at.
create index pension_benefit_active_until_idx on pension_benefit (certified_until) where status = 'ACTIVE';

-- Days after a certification lapses before payment is suspended (0: the day after the last valid day).
alter table certification_policy add column suspension_grace_days smallint not null default 0
    constraint certification_policy_grace check (suspension_grace_days between 0 and 90);

-- A face-check result is used once, whatever it said; a result that did not match is kept as such, so that the
-- next step can send a worker instead of asking for the face check again.
alter table face_check_use add column matched boolean not null default true;
drop index face_check_use_resident_idx;
create index face_check_use_resident_used_idx on face_check_use (resident_id, used_at desc);

-- A death reported by a worker stops certification at once, pending an administrator's confirmation (which
-- sets deceased_on) or rejection (which clears this date).
alter table resident add column death_reported_on date;
