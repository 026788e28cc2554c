-- Order and structure as in the document (issue 14).
-- docs/seed-derivations.md, section 'V11', records the choices made for the seeded documents.

-- The one tree order of a framework's themes: each main theme, then its sub-themes (the theme editor allows one
-- level). Positions count among siblings or through the whole tree, depending on the seed or the last edit; the key
-- works for both, because it compares the parent's place first. Every reader orders themes, and the activities under
-- them, by sort_key; main_theme_id is the table a theme's activities appear in.
create view theme_tree as
select t.id, t.framework_id, coalesce(t.parent_id, t.id) as main_theme_id,
       array[coalesce(parent.position, t.position), coalesce(parent.id, t.id),
             case when t.parent_id is null then -1 else t.position end, t.id]::bigint[] as sort_key
from theme t left join theme parent on parent.id = t.parent_id;

-- Rijswijk: every item of a 'Wie hebben we daarvoor nodig?' list was linked to every action of its sub-themes
-- (BETROKKEN), and an organisation that the action's own text or the 'Wie heeft de regie?' text names got a
-- TREKKER or REGIE link as well. For 26 actions that made the same organisation appear twice, often under two
-- wordings ('Team ITH (trekker)' and 'Team Handhaving (boa’s)'). The leading role says the organisation takes part,
-- so its BETROKKEN link is the duplicate; the list itself stays in the chapter's narrative section.
create temporary table duplicate_link on commit drop as
select betrokken.id
from activity_partner betrokken
join activity a on a.id = betrokken.activity_id
join execution_plan p on p.id = a.plan_id
join policy_framework f on f.id = p.framework_id
join municipality m on m.id = f.municipality_id
where m.slug = 'rijswijk' and f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026
  and betrokken.role = 'BETROKKEN'
  and exists (select 1 from activity_partner lead
              where lead.activity_id = betrokken.activity_id and lead.partner_id = betrokken.partner_id
                and lead.role in ('TREKKER', 'REGIE'));

-- A link that only the seed ever wrote leaves the baseline too; one that users have changed since keeps its history
-- and is recorded as removed by 'migratie'.
do $$
declare
    v_baseline integer := (select min(rev) from revinfo where username = 'brondocument');
    v_rev integer;
begin
    create temporary table edited_link on commit drop as
    select distinct d.id from duplicate_link d join activity_partner_aud a on a.id = d.id
    where a.rev <> coalesce(v_baseline, -1);
    delete from activity_partner_aud a using duplicate_link d
    where a.id = d.id and a.rev = v_baseline and d.id not in (select id from edited_link);
    if exists (select 1 from edited_link) then
        insert into revinfo (rev, revtstmp, username)
        values (nextval('revinfo_seq'), (extract(epoch from now()) * 1000)::bigint, 'migratie')
        returning rev into v_rev;
        insert into activity_partner_aud (id, rev, revtype) select id, v_rev, 2 from edited_link;
    end if;
    delete from activity_partner ap using duplicate_link d where ap.id = d.id;
end $$;
