-- Issue 20: council members ask a question about a published document of their municipality (an adopted or evaluated
-- plan's report, or its yearly verantwoording), and the municipality's advisors and managers answer it. Questions and
-- answers are read by the municipality's council members and staff, never by the public. A question is never changed;
-- its answer can be corrected (optimistic locking on version, every correction kept in council_question_aud).
create table council_question (
    id                 bigint generated always as identity primary key,
    -- the plan's municipality, kept on the question so that the access check and the staff's list need no join
    municipality_id    bigint       not null references municipality (id),
    plan_id            bigint       not null references execution_plan (id) on delete cascade,
    document           varchar(16)  not null check (document in ('REPORT', 'VERANTWOORDING')),
    -- the number of the document's version readers got when the question was asked; null for a seeded plan whose
    -- first version had not been published yet
    publication_number integer check (publication_number > 0),
    question           text         not null check (length(trim(question)) > 0),
    asked_by_id        bigint       references app_user (id) on delete set null,
    -- names as they were, so the page reads the same after an account is renamed or removed
    asked_by_name      varchar(200) not null,
    asked_at           timestamp with time zone not null,
    answer             text check (length(trim(answer)) > 0),
    answered_by_id     bigint       references app_user (id) on delete set null,
    answered_by_name   varchar(200),
    answered_at        timestamp with time zone,
    version            bigint       not null default 0,
    check ((answer is null) = (answered_at is null) and (answer is null) = (answered_by_name is null))
);
-- the staff's list (open first) and "Mijn werk"'s open questions of a municipality
create index council_question_municipality_idx on council_question (municipality_id, asked_at);
create index council_question_plan_idx on council_question (plan_id, asked_at);
-- an account's removal sets these to null
create index council_question_asked_by_idx on council_question (asked_by_id);
create index council_question_answered_by_idx on council_question (answered_by_id);

create table council_question_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_id bigint, plan_id bigint, document varchar(16), publication_number integer, question text,
    asked_by_id bigint, asked_by_name varchar(200), asked_at timestamp with time zone, answer text,
    answered_by_id bigint, answered_by_name varchar(200), answered_at timestamp with time zone,
    primary key (id, rev)
);
