-- A baseline column may say where next year's baseline comes from: this year's value of another
-- column of the same row ("10": poor households expected at year end become next year's poor
-- households). Used when next year's programme is made from this one; null: not rolled forward.
alter table annex_column add column rolls_forward_from varchar(20);
