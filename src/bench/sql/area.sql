-- area(code: "140723") { code name level }: what the API issues, captured from PostgreSQL's statement log.
select code, name, level, parent_code from area where code = '140723';
