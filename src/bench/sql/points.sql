-- servicePoints(areaCode: "140723", first: 50) { nodes { code name phone hasKiosk } }: the statements the API
-- issues for one request, captured from PostgreSQL's statement log (the id list padded to 64 as Hibernate pads it).
select ae1_0.code,ae1_0.level,ae1_0.name,ae1_0.parent_code from area ae1_0 where ae1_0.code='140723';
select count(*) from service_point sp where sp.active and sp.area_code like '140723%';
select sp.id from service_point sp where sp.active and sp.area_code like '140723%' order by sp.id asc limit 51;
select spe1_0.id,spe1_0.active,spe1_0.address,spe1_0.area_code,spe1_0.code,spe1_0.created_at,spe1_0.has_kiosk,spe1_0.latitude,spe1_0.longitude,spe1_0.name,spe1_0.opening_hours,spe1_0.phone,spe1_0.services from service_point spe1_0 where spe1_0.id in (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,51,51,51,51,51,51,51,51,51,51,51,51,51);
