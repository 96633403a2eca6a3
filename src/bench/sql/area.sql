-- area(code: "140723") { code name level }: what the API issues, captured from PostgreSQL's statement log.
select ae1_0.code,ae1_0.level,ae1_0.name,ae1_0.parent_code from area ae1_0 where ae1_0.code='140723';
