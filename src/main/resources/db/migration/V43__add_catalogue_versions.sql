-- Catalogue entries count their saves and keep who saved them last and when: a change made over a newer save
-- of someone else is refused naming them, so nothing they changed meanwhile is lost silently.
alter table indicator add column version integer default 0 not null;
alter table indicator add column changed_by varchar(100);
alter table indicator add column changed_at timestamp with time zone;
