-- The registry search ignores accents and case: each head's and member's name is kept folded beside it
-- (lower case, no accents, «đ» as «d»), written with the name; V45 fills it for the names already stored.
alter table household add column search_name varchar(200);
alter table household_member add column search_name varchar(200);
create index ix_household_search_name on household (unit_id, search_name);
create index ix_household_member_search_name on household_member (search_name);
