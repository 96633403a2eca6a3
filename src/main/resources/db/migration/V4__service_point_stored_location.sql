-- The earth-cube position of a service point, stored once instead of recomputed by ll_to_earth() for every
-- candidate row of a nearest-point search (recheck, distance filter and sort each called it).
alter table service_point
    add column location earth generated always as (ll_to_earth(latitude, longitude)) stored;
drop index service_point_location_idx;
create index service_point_location_idx on service_point using gist (location);
