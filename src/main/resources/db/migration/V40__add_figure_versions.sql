-- A unit's input figures of a year (its baselines and targets, in every table) count their saves and keep
-- who saved last and when: a form or API write made over a newer save is refused naming them, so no
-- change made meanwhile is lost silently. A unit and year without a row is at version 0.
create table figure_version (
    unit_id      bigint       not null references administrative_unit (id),
    figure_year  integer      not null,
    version      integer      default 0 not null,
    changed_by   varchar(100),
    changed_at   timestamp with time zone,
    constraint pk_figure_version primary key (unit_id, figure_year)
);

insert into figure_version (unit_id, figure_year)
select unit_id, baseline_year from baseline
union
select unit_id, target_year from target;
