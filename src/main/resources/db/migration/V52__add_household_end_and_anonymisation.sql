-- A household ends (Law 91/2025, retention): it dissolved, moved away out of the office's communes, or no member
-- is left. ended_on and end_reason say when and why; the registry keeps its statuses and counts. Once the
-- retention period (ansinh.privacy.retention-years) has passed since it ended, or since the last year it has a
-- status, its personal data is anonymised and anonymised_on says when: names, citizen IDs, phone, address,
-- ethnicity, disability and health insurance erased, birth dates kept as 1 January of their year.
alter table household add column ended_on date;
alter table household add column end_reason varchar(30);
alter table household add column anonymised_on date;
