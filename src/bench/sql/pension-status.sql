-- myPensionStatus of resident1 (mobile-schema/operations/PensionStatus.graphql): the statements the API issues for
-- one request, in its order and transactions, captured from PostgreSQL's statement log; the audit record included.
select re1_0.id from resident re1_0 where re1_0.login_subject='resident1';
begin;
select re1_0.id,re1_0.address,re1_0.area_code,re1_0.bedridden,re1_0.birth_date,re1_0.death_reported_on,re1_0.deceased_on,re1_0.gender,re1_0.id_number_enc,re1_0.id_number_hash,re1_0.id_number_key_version,re1_0.id_number_mask,re1_0.lives_alone,re1_0.login_subject,re1_0.name,re1_0.phone from resident re1_0 where re1_0.id='1';
select pbe1_0.id,pbe1_0.account_amount,pbe1_0.basic_amount,pbe1_0.certified_until,pbe1_0.enrolment_id,pbe1_0.resident_id,pbe1_0.scheme,pbe1_0.started_on,pbe1_0.status,pbe1_0.suspended_since,pbe1_0.terminated_on from pension_benefit pbe1_0 where pbe1_0.resident_id='1' order by pbe1_0.id;
select distinct on (benefit_id) * from certification where benefit_id in ('1') order by benefit_id, certified_at desc, id desc;
select distinct on (benefit_id) * from pension_payment where benefit_id in ('1') order by benefit_id, period desc;
select validity_months, due_window_days, suspension_grace_days from certification_policy where effective_from <= current_date order by effective_from desc limit 1;
select spe1_0.id,spe1_0.active,spe1_0.address,spe1_0.area_code,spe1_0.code,spe1_0.created_at,spe1_0.has_kiosk,spe1_0.latitude,spe1_0.longitude,spe1_0.name,spe1_0.opening_hours,spe1_0.phone,spe1_0.services from service_point spe1_0 where spe1_0.area_code in ('140723100200','140723100') and spe1_0.active=true order by spe1_0.id;
select wae1_0.area_code,we1_0.id,we1_0.active,we1_0.login_subject,we1_0.name,we1_0.phone from worker_area wae1_0,worker we1_0 where we1_0.id=wae1_0.worker_id and we1_0.active=true and wae1_0.area_code in ('140723100200','140723100','140723','1407','14','14','14','14') order by we1_0.id;
select hve1_0.id,hve1_0.client_id,hve1_0.created_at,hve1_0.latitude,hve1_0.longitude,hve1_0.needs_review,hve1_0.notes,hve1_0.outcome,hve1_0.outcome_note,hve1_0.reason,hve1_0.record_client_id,hve1_0.requested_by,hve1_0.resident_id,hve1_0.review_reason,hve1_0.schedule_note,hve1_0.scheduled_on,hve1_0.status,hve1_0.updated_at,hve1_0.visited_at,hve1_0.worker_id from home_visit hve1_0 where hve1_0.resident_id='1' and hve1_0.status in ('REQUESTED','SCHEDULED') order by hve1_0.created_at desc fetch first '1' rows only;
select matched, used_at from face_check_use where resident_id = '1' order by used_at desc limit 1;
insert into audit_log (at, actor, actor_role, action, resident_id, detail) values (now(), 'resident1', 'resident', 'READ_PENSION_STATUS', '1', NULL);
commit;
select ae1_0.code,ae1_0.level,ae1_0.name,ae1_0.parent_code from area ae1_0 where ae1_0.code in ('140723100200');
