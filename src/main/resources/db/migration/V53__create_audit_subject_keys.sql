-- One key per person or household whose personal data audit entries hold: their values are kept sealed
-- with it, and erasing the subject's data (anonymisation) deletes the key, so those values can no longer
-- be read although the entries themselves, append-only, stay.
create table audit_subject_key (
    subject varchar(64) primary key,
    secret varchar(64) not null
);
