-- The audit log stores UTC from now on. Until the release that brought V38 it was written with the
-- server's clock (UTC on the offices' servers); that release wrote office time (Asia/Ho_Chi_Minh,
-- UTC+7 all year, no summer time) instead. Its entries are the ones stamped at or after V38 was
-- installed: installed_on is the server's clock too, and an office-time stamp is always 7 hours ahead
-- of it, while an older entry is before it. Those are moved back to UTC; the older ones already are.
update audit_event
set occurred_at = occurred_at - interval '7' hour
where occurred_at >= (select installed_on from flyway_schema_history where version = '38');
