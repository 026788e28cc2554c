-- Budget and formation tables get a history like their lines: adding, renaming or removing a table is a change
-- to an adopted-plan document too. Their seeded state joins the 'brondocument' baseline revision of V8.

create table budget_table_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    plan_id bigint, framework_id bigint, title varchar(300), year integer, printed_total_cents bigint, position integer,
    primary key (id, rev)
);
create table capacity_table_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    plan_id bigint, title varchar(300), printed_total_existing numeric(8, 2), printed_total_added numeric(8, 2),
    position integer,
    primary key (id, rev)
);

insert into budget_table_aud (id, rev, revtype, plan_id, framework_id, title, year, printed_total_cents, position)
select t.id, r.rev, 0, t.plan_id, t.framework_id, t.title, t.year, t.printed_total_cents, t.position
from budget_table t, (select min(rev) as rev from revinfo where username = 'brondocument') r;

insert into capacity_table_aud (id, rev, revtype, plan_id, title, printed_total_existing, printed_total_added, position)
select t.id, r.rev, 0, t.plan_id, t.title, t.printed_total_existing, t.printed_total_added, t.position
from capacity_table t, (select min(rev) as rev from revinfo where username = 'brondocument') r;
