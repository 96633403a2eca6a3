-- What a worker records of a visit is kept, always. A record is identified by the id the worker's phone generated
-- for it (record_client_id), so that a retried or repeated sync stores it once. A record that cannot take effect
-- as sent (the person was certified meanwhile through another channel, or cannot be certified) is stored anyway
-- and flagged for an administrator's review.
alter table home_visit
    add column record_client_id uuid unique,
    add column schedule_note    varchar(500),
    add column outcome_note     varchar(500),
    add column needs_review     boolean not null default false,
    add column review_reason    varchar(32),
    add constraint home_visit_review_reason check (
        review_reason is null or review_reason in ('CERTIFIED_MEANWHILE', 'DECEASED', 'NOTHING_TO_CERTIFY')),
    add constraint home_visit_review_has_reason check (needs_review = (review_reason is not null)),
    add constraint home_visit_record_is_done check (record_client_id is null or status = 'DONE');

-- Visits waiting for an administrator's review.
create index home_visit_needs_review_idx on home_visit (updated_at) where needs_review;
