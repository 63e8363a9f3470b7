-- A household counts its saves, and keeps who saved it last and when: a correction made over a newer
-- save of someone else is refused naming them, so no member added meanwhile is lost silently.
alter table household add column version integer default 0 not null;
alter table household add column changed_by varchar(100);
alter table household add column changed_at timestamp with time zone;
