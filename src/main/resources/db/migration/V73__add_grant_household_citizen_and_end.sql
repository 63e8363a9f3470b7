-- A grant may name the registry household its beneficiary lives in (same commune) and their citizen ID (personal
-- data, masked for roles without access); a grant that ends says why (DEATH, MOVED, NO_LONGER_ELIGIBLE), since a
-- death owes funeral support (Nghị định 20/2021: 20 × the social assistance base), computed, never stored.
alter table allowance_grant add column household_id bigint references household (id);
alter table allowance_grant add column citizen_id varchar(12);
alter table allowance_grant add column end_reason varchar(30);
create index ix_allowance_grant_household on allowance_grant (household_id);
