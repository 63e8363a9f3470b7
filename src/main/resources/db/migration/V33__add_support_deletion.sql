-- A support entry deleted by mistake can be restored by an administrator: it is marked deleted (who,
-- when) rather than removed, and left out of every list and total while it is.
alter table household_support add column deleted_at timestamp with time zone;
alter table household_support add column deleted_by varchar(100);
