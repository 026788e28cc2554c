-- Imports of a workbook or document into a concept plan (issue 19). An upload is kept from its preview until it is
-- applied, so the confirmation applies exactly the file the preview showed, on any instance; once applied its content
-- is dropped and the row stays as the plan's import history: who imported which file, when, and what it did.
create table plan_import (
    id            bigint generated always as identity primary key,
    plan_id       bigint       not null references execution_plan (id) on delete cascade,
    file_name     varchar(255) not null,
    -- WORKBOOK (.xlsx) or DOCUMENT (.docx)
    file_kind     varchar(10)  not null check (file_kind in ('WORKBOOK', 'DOCUMENT')),
    size_bytes    bigint       not null check (size_bytes >= 0),
    sha256        char(64)     not null,
    -- the uploaded file until it is applied
    content       bytea,
    uploaded_by   varchar(120) not null,
    uploaded_at   timestamp with time zone not null,
    applied_by    varchar(120),
    applied_at    timestamp with time zone,
    added         integer check (added >= 0),
    changed       integer check (changed >= 0),
    removed       integer check (removed >= 0),
    check ((applied_at is null) = (content is not null)),
    check ((applied_at is null) = (applied_by is null))
);
create index plan_import_plan_idx on plan_import (plan_id, uploaded_at desc);
