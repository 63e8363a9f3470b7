-- A labour record deleted by mistake can be restored by an administrator: deletion only marks the
-- record; progress, the dashboard and reports count only records without the mark.
alter table labour_record add column deleted_at timestamp with time zone;
