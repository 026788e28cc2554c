-- Self-service administration of users (issue 18): an e-mail address per user, a temporary password that must be
-- changed at the next sign-in, and a log of what administrators did.

alter table app_user add column email varchar(254) check (email is null or email ~ '^[^@\s]+@[^@\s]+$');
-- set with every temporary password (a new account, a reset); cleared when the user chooses their own
alter table app_user add column must_change_password boolean not null default false;

-- Who did what to whom, written in the transaction of the action itself. The actor's name is kept as text, so the
-- line still reads right after a rename; kind has no check constraint, so a new kind of action needs no migration.
create table admin_log (
    id               bigint generated always as identity primary key,
    happened_at      timestamp with time zone not null default now(),
    actor_id         bigint references app_user (id),
    actor_name       varchar(120) not null,
    kind             varchar(40)  not null,
    -- the municipality the action concerns, so a municipality's administrator reads its own lines; null: global
    municipality_id  bigint references municipality (id),
    subject          varchar(300) not null,
    detail           varchar(1000)
);
create index admin_log_newest_idx on admin_log (happened_at desc, id desc);
create index admin_log_municipality_idx on admin_log (municipality_id, happened_at desc);
create index admin_log_actor_idx on admin_log (actor_id);
