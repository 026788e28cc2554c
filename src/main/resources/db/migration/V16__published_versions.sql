-- Published versions of a plan (issue 17): what the college adopted and what the council got as the evaluation, kept
-- as the exact bytes readers were given, so later edits (legend, theme or partner names) never change them. A row is
-- written once and never changed: the trigger refuses every update. Seeded plans get their version on the first
-- public read (published by 'systeem'), so no migration carries rendered bytes.

create table publication (
    id                    bigint generated always as identity primary key,
    plan_id               bigint       not null references execution_plan (id) on delete cascade,
    kind                  varchar(16)  not null check (kind in ('VASTGESTELD', 'GEEVALUEERD')),
    -- 1, 2, ... per plan: reopening and adopting again makes the next one
    number                integer      not null check (number > 0),
    -- the adoption or evaluation date the document states (a seeded evaluation may have none)
    decided_on            date,
    title                 varchar(300) not null,
    html                  bytea        not null,
    html_sha256           char(64)     not null check (html_sha256 ~ '^[0-9a-f]{64}$'),
    pdf                   bytea        not null,
    pdf_sha256            char(64)     not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    -- the Word file, where the application renders one
    docx                  bytea,
    docx_sha256           char(64) check (docx_sha256 ~ '^[0-9a-f]{64}$'),
    -- the CSP source expressions ('sha256-...') of the HTML's inlined style elements
    style_sources         text         not null,
    published_by          varchar(120) not null,
    published_by_user_id  bigint references app_user (id) on delete set null,
    published_at          timestamp with time zone not null default now(),
    unique (plan_id, number),
    check ((docx is null) = (docx_sha256 is null))
);

create index publication_published_by_user_id on publication (published_by_user_id);

-- The legend as it was when the version was published: its labels and symbols in the municipality's own words.
create table publication_legend (
    publication_id  bigint       not null references publication (id) on delete cascade,
    status          varchar(16)  not null check (status in ('GREEN', 'YELLOW', 'RED', 'NOT_EVALUATED')),
    label           varchar(120) not null,
    symbol          varchar(8)   not null,
    primary key (publication_id, status)
);

create function publication_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a published version is never changed (% on %)', tg_op, tg_table_name;
end;
$$;

create trigger publication_never_updated before update on publication
    for each row execute function publication_is_immutable();
create trigger publication_legend_never_updated before update on publication_legend
    for each row execute function publication_is_immutable();
