-- servicePoints(areaCode: "140723", first: 50) { nodes { code name phone hasKiosk } }: the statement the API
-- issues for one request, captured from PostgreSQL's statement log (the area asked for is checked in it).
select sp.id, sp.code, sp.name, sp.address, sp.phone, sp.opening_hours, sp.latitude, sp.longitude, sp.has_kiosk, array_to_string(sp.services, ',') as services, sp.area_code, sp.active from service_point sp where sp.active and sp.area_code like '140723%' and exists (select 1 from area where code = '140723') order by sp.id asc limit 51;
