-- Issue 18: a new policy framework is written as a concept and becomes read-only once the council adopts it, as a
-- plan does once the college has. Every framework so far was entered as the council adopted it (the seeds, some
-- without a known date), so they are all adopted; a new one states its own state, hence no default afterwards.
alter table policy_framework
    add column state varchar(16) not null default 'VASTGESTELD' check (state in ('CONCEPT', 'VASTGESTELD'));
alter table policy_framework alter column state drop default;

-- Envers keeps the state with every revision of a framework; earlier revisions were of adopted frameworks.
alter table policy_framework_aud add column state varchar(16);
update policy_framework_aud set state = 'VASTGESTELD';
