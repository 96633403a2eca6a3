-- Each stored ID-number hash and ciphertext names the version of the keys that made it, so that a new key can be
-- introduced and the rows of older versions re-encrypted (the pii-rekey command) while the service runs.
-- Every row so far was made with the only keys there were: version 1. Adding a column with a constant default
-- rewrites nothing; the default is dropped at once, so that every later insert names its version.
alter table resident add column id_number_key_version smallint not null default 1
    constraint resident_id_number_key_version_check check (id_number_key_version > 0);
alter table resident alter column id_number_key_version drop default;
