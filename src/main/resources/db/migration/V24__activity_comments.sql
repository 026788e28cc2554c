-- Issue 20: staff discuss an activity. A comment is never changed or removed: the thread is its own history, with
-- author and moment. Only the municipality's staff read it (council members and the public do not).
create table activity_comment (
    id          bigint generated always as identity primary key,
    activity_id bigint       not null references activity (id) on delete cascade,
    author_id   bigint       references app_user (id) on delete set null,
    -- the author's name as it was, so the thread reads the same after an account is removed or renamed
    author_name varchar(200) not null,
    body        text         not null check (length(trim(body)) > 0),
    created_at  timestamp with time zone not null
);
create index activity_comment_activity_idx on activity_comment (activity_id, created_at);
-- an account's removal sets its comments' author_id to null
create index activity_comment_author_idx on activity_comment (author_id);
