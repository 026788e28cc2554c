-- Backups of the embedded database (issue 23): every attempt, success or failure, is recorded after it ends, so the
-- administrators' page shows the last backup and a failure is never silent. A backup does not contain its own row:
-- it is written when the copy is complete.
create table backup_run (
    id             bigint generated always as identity primary key,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone not null,
    -- the zip in the backup directory; null when the attempt failed
    file_name      varchar(200),
    size_bytes     bigint check (size_bytes is null or size_bytes >= 0),
    -- why the attempt failed; null when it succeeded
    error_message  varchar(2000),
    -- the administrator who pressed the button, or 'systeem' for the nightly run
    started_by     varchar(120) not null,
    check ((file_name is null) <> (error_message is null))
);
create index backup_run_newest_idx on backup_run (finished_at desc, id desc);
