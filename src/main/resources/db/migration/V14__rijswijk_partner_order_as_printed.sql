-- Rijswijk's plan 2026 prints per objective the list 'Wie hebben we daarvoor nodig?' and, apart from it, the trekker
-- ('tenzij anders aangegeven') and 'Wie heeft de regie?'. V5 numbered the trekker and regie links from 0 beside the
-- list's own numbers, so the two interleaved ('Primair onderwijs, OOV&B (regie), Voortgezet onderwijs, ...'). The
-- trekker and regie links now follow the list, in their own order. docs/seed-derivations.md, section 'V14'.

with lead_links as (
    select ap.id,
           (select coalesce(max(b.position), -1) from activity_partner b
            where b.activity_id = ap.activity_id and b.role = 'BETROKKEN')
           + row_number() over (partition by ap.activity_id order by ap.position, ap.id) as new_position
    from activity_partner ap
    join activity a on a.id = ap.activity_id
    join execution_plan p on p.id = a.plan_id
    join policy_framework f on f.id = p.framework_id
    where f.slug = 'strategisch-veiligheidsbeleid-2026-2030' and ap.role <> 'BETROKKEN'
)
update activity_partner ap set position = lead_links.new_position
from lead_links where lead_links.id = ap.id;

-- The history baseline ('brondocument') describes the document: it gets the same order.
update activity_partner_aud a set position = ap.position from activity_partner ap
where a.id = ap.id and a.rev = (select min(rev) from revinfo where username = 'brondocument');
