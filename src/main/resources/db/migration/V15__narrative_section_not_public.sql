-- Issue 17: an ondermijning plan has confidential parts. A narrative section marked "niet openbaar" stays in the
-- plan for its staff and council members, and is left out of every public report and page. Existing sections are
-- public, as they were.
alter table narrative_section add column not_public boolean not null default false;
alter table narrative_section_aud add column not_public boolean;
