-- A resident has at most one open home visit (requested or scheduled): two phones asking at the same moment
-- get the same visit, never two.
create unique index home_visit_one_open_per_resident on home_visit (resident_id)
    where status in ('REQUESTED', 'SCHEDULED');
