-- Issue 17: a plan's yearly verantwoording (the evaluation of year N with the plan of N+1, seed 000) is published
-- like its report, and a version can have a second rendering for the council. Sections marked 'niet openbaar' (V15)
-- are left out of what anyone may read; council members, who are signed in, get them in a rendering of their own,
-- stored only when the document has such a section (else the public one is what they read).

alter table publication
    add column document varchar(16) not null default 'REPORT' check (document in ('REPORT', 'VERANTWOORDING')),
    add column audience varchar(8) not null default 'PUBLIC' check (audience in ('PUBLIC', 'COUNCIL'));

-- numbered per document; the council's rendering of a version shares its number
alter table publication drop constraint publication_plan_id_number_key;
alter table publication add constraint publication_version_unique unique (plan_id, document, number, audience);

-- a verantwoording is published when its evaluation is closed: it is a document of an evaluated plan
alter table publication add constraint publication_verantwoording_evaluated
    check (document = 'REPORT' or kind = 'GEEVALUEERD');
