-- Reference data of the urban-rural residents' basic pension. Rows are added, never edited, when a
-- standard changes: the row in force on a date is the latest one effective on or before it.

-- Months divisor of the personal-account pension by age at the start of the pension
-- (国发〔2005〕38号 annex, applied to the residents' scheme by 国发〔2014〕8号).
insert into months_divisor (age, divisor, effective_from) values
    (40, 233, '2006-01-01'), (41, 230, '2006-01-01'), (42, 226, '2006-01-01'), (43, 223, '2006-01-01'),
    (44, 220, '2006-01-01'), (45, 216, '2006-01-01'), (46, 212, '2006-01-01'), (47, 207, '2006-01-01'),
    (48, 204, '2006-01-01'), (49, 199, '2006-01-01'), (50, 195, '2006-01-01'), (51, 190, '2006-01-01'),
    (52, 185, '2006-01-01'), (53, 180, '2006-01-01'), (54, 175, '2006-01-01'), (55, 170, '2006-01-01'),
    (56, 164, '2006-01-01'), (57, 158, '2006-01-01'), (58, 152, '2006-01-01'), (59, 145, '2006-01-01'),
    (60, 139, '2006-01-01'), (61, 132, '2006-01-01'), (62, 125, '2006-01-01'), (63, 117, '2006-01-01'),
    (64, 109, '2006-01-01'), (65, 101, '2006-01-01'), (66, 93, '2006-01-01'), (67, 84, '2006-01-01'),
    (68, 75, '2006-01-01'), (69, 65, '2006-01-01'), (70, 56, '2006-01-01');

-- Nationwide minimum of the basic pension of the residents' scheme, yuan per month.
insert into pension_standard (area_prefix, scheme, basic_monthly, effective_from, source) values
    ('', 'URBAN_RURAL_RESIDENT', 55.00, '2009-10-01', 'National minimum at the start of the rural pension pilot'),
    ('', 'URBAN_RURAL_RESIDENT', 70.00, '2014-07-01', 'National minimum raised to 70 yuan'),
    ('', 'URBAN_RURAL_RESIDENT', 88.00, '2018-01-01', 'National minimum raised to 88 yuan'),
    ('', 'URBAN_RURAL_RESIDENT', 93.00, '2020-01-01', 'National minimum raised to 93 yuan'),
    ('', 'URBAN_RURAL_RESIDENT', 103.00, '2023-01-01', 'National minimum raised to 103 yuan'),
    ('', 'URBAN_RURAL_RESIDENT', 123.00, '2024-01-01', 'National minimum raised to 123 yuan'),
    ('', 'URBAN_RURAL_RESIDENT', 143.00, '2025-01-01', 'National minimum raised to 143 yuan'),
    ('14', 'URBAN_RURAL_RESIDENT', 163.00, '2025-01-01',
        'Shanxi standard as configured for this service: national minimum plus a 20-yuan provincial supplement; '
        || 'replace with the province''s published figure when it changes');

-- Who qualifies: age 60 and 15 contribution years; people who were already near 60 when the scheme started
-- in their county need only the years that were left to them (transitional rule of 国发〔2014〕8号).
insert into eligibility_rule (area_prefix, scheme, effective_from, scheme_started_on, min_age, min_contribution_years, source) values
    ('', 'URBAN_RURAL_RESIDENT', '2014-02-21', '2009-10-01', 60, 15, '国发〔2014〕8号, nationwide'),
    ('140723', 'URBAN_RURAL_RESIDENT', '2014-02-21', '2010-01-01', 60, 15, '国发〔2014〕8号; Heshun county joined the scheme on 2010-01-01');

-- Certification is valid for 12 months; a reminder window opens 30 days before it lapses.
insert into certification_policy (effective_from, validity_months, due_window_days) values ('2018-01-01', 12, 30);
