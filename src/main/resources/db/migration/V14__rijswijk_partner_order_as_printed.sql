-- Rijswijk's plan 2026 prints per objective the list 'Wie hebben we daarvoor nodig?' and, apart from it, the trekker
-- ('tenzij anders aangegeven') and 'Wie heeft de regie?'. V5 numbered the trekker and regie links from 0 beside the
-- list's own numbers, so the two interleaved ('Primair onderwijs, OOV&B (regie), Voortgezet onderwijs, ...'). The
-- trekker and regie links now follow the list, in their own order. Only links still at the place the seed gave them
-- move: an order a user chose stays. docs/seed-derivations.md, section 'V14'.

do $$
declare
    v_baseline integer := (select min(rev) from revinfo where username = 'brondocument');
    v_rev integer;
begin
    create temporary table moved_link on commit drop as
    select ap.id,
           (select coalesce(max(b.position), -1) from activity_partner b
            where b.activity_id = ap.activity_id and b.role = 'BETROKKEN')
           + row_number() over (partition by ap.activity_id order by ap.position, ap.id) as new_position
    from activity_partner ap
    join activity a on a.id = ap.activity_id
    join execution_plan p on p.id = a.plan_id
    join policy_framework f on f.id = p.framework_id
    join municipality m on m.id = f.municipality_id
    join activity_partner_aud seeded on seeded.id = ap.id and seeded.rev = v_baseline
    where m.slug = 'rijswijk' and f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and p.year = 2026
      and ap.role <> 'BETROKKEN' and ap.position = seeded.position;

    update activity_partner ap set position = moved.new_position from moved_link moved where moved.id = ap.id;
    -- the history baseline describes the document: it gets the printed order
    update activity_partner_aud a set position = moved.new_position from moved_link moved
    where a.id = moved.id and a.rev = v_baseline;

    -- a link users have changed since the seed keeps its history, with this move as a revision by 'migratie'
    if exists (select 1 from activity_partner_aud a join moved_link moved on moved.id = a.id where a.rev <> v_baseline) then
        insert into revinfo (rev, revtstmp, username)
        values (nextval('revinfo_seq'), (extract(epoch from now()) * 1000)::bigint, 'migratie')
        returning rev into v_rev;
        insert into activity_partner_aud (id, rev, revtype, activity_id, partner_id, role, wording, position)
        select ap.id, v_rev, 1, ap.activity_id, ap.partner_id, ap.role, ap.wording, ap.position
        from activity_partner ap join moved_link moved on moved.id = ap.id
        where exists (select 1 from activity_partner_aud a where a.id = ap.id and a.rev <> v_baseline);
    end if;
end $$;
