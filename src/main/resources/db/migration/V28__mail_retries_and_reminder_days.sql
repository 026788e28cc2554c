-- Issue 20, after review: a refused mail is tried again later and later (MailDelivery), not every minute until it is
-- given up; and a reminder day the database stores must be a day of every year (31-04 would break every reading of
-- the reminders, not only this municipality's).
alter table outgoing_mail add column next_attempt_at timestamp with time zone;
drop index outgoing_mail_pending_idx;
create index outgoing_mail_pending_idx on outgoing_mail (next_attempt_at nulls first, id) where status = 'PENDING';
alter table reminder_settings
    add check (make_date(2001, substr(interim_status_due, 1, 2)::int, substr(interim_status_due, 4, 2)::int) is not null),
    add check (make_date(2001, substr(measurement_due, 1, 2)::int, substr(measurement_due, 4, 2)::int) is not null),
    add check (make_date(2001, substr(year_end_verdict_due, 1, 2)::int, substr(year_end_verdict_due, 4, 2)::int) is not null);
