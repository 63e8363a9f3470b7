-- A programme's text (document part, sections, signatories) counts its saves and keeps who saved it last and
-- when: an edit made over a newer save of someone else is refused naming them, so nothing they wrote is lost.
alter table programme add column text_version integer default 0 not null;
alter table programme add column text_changed_by varchar(100);
alter table programme add column text_changed_at timestamp with time zone;
