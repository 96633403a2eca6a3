-- Indexes behind the foreign keys that had none, so that lookups by service point, worker or visit, and
-- deletes of the referenced rows, never scan the referencing table.
create index certification_service_point_idx on certification (service_point_id) where service_point_id is not null;
create index certification_worker_idx on certification (worker_id) where worker_id is not null;
create index certification_home_visit_idx on certification (home_visit_id) where home_visit_id is not null;
create index pension_benefit_enrolment_idx on pension_benefit (enrolment_id);
create index face_check_use_resident_idx on face_check_use (resident_id);
