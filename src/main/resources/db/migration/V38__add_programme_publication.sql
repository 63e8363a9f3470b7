-- A programme is published when the coordinating office makes it everyone's; until then (next year's
-- programme being prepared) only administrators see it. Programmes already here were imported: published.
alter table programme add column published_at timestamp;
update programme set published_at = imported_at;
