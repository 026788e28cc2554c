-- Issue 20, more than one instance. Several instances of the app run behind a load balancer on this one database:
-- whichever instance a request reaches must know the signed-in user, and a scheduled job must run once, not once per
-- instance.

-- Sessions (Spring Session JDBC; spring.session.jdbc.initialize-schema=never, so Flyway owns the tables). Copied from
-- spring-session-jdbc 4.1.1's org/springframework/session/jdbc/schema-postgresql.sql, with the names Spring Session
-- queries. One change: principal_name is as long as app_user.username (120; Spring's script has 100), or a user with a
-- longer name could not sign in. The attributes are the session's Java-serialised objects (the signed-in user, the
-- CSRF token, the page that asked for the sign-in, a message for the next page). Every instance deletes expired
-- sessions once a minute (spring.session.jdbc.cleanup-cron).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(120),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
-- an administrator's change to an account ends that user's sessions on every instance: found by the user name
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Scheduler locks (ShedLock, scheduling/SchedulerLocks): a row per job name; the instance that moves lock_until into
-- the future runs the job, the others skip that run. Times are the database's (usingDbTime), so the instances' clocks
-- need not agree. The DDL of ShedLock's README for PostgreSQL.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
