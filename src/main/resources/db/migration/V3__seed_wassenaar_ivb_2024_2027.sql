-- Seed: Wassenaar, "UITVOERINGSPLAN INTEGRAAL VEILIGHEIDSBELEID WASSENAAR 2026" (Inclusief evaluatie
-- uitvoeringsplan 2025), under the Integraal Veiligheidsbeleid (IVB) 2024-2027 (gemeenteraad
-- 19 december 2023).
-- Source: /work/shared/seeds/000_db6c42f33b63eafe.txt (text extracted from the published PDF).
-- Every judgement call is written down in docs/seed-derivations.md; line numbers in the
-- comments below refer to the source file.
--
-- What goes where:
--   - framework 'ivb-2024-2027' (INTEGRAL_SAFETY, 2024-2027, raad 2023-12-19) with five main themes
--     in table order (Buurt en veiligheid, Zorg en veiligheid, Leefbaarheid, Ondermijning,
--     Weerbaarheid) and, as child themes, the sub-themes printed in the THEMA column of both plans
--     (one row per distinct printed name per main theme; NAVO-top 2025 is a THEMA cell inside the
--     Weerbaarheid table, so it is a sub-theme of Weerbaarheid, not a main theme);
--   - plan 2025 (deel 1, the evaluation): GEEVALUEERD, adopted 2025-01-28, evaluated_on NULL (no date
--     printed); 21 activities, each with a YEAR_END evaluation (RESULTAAT -> result_text, status derived
--     from the RESULTAAT text because the PDF's colours were lost); the 'Extra activiteit' paragraphs and
--     Bijlage 1 as narrative sections; Bijlage 1's figures as KPIs with measurements;
--   - plan 2026 (deel 2): CONCEPT (the document prints no adoption date for it); 11 activities
--     (RESULTAAT -> intended_result), carried_over_from_id where they continue a 2025 activity; the
--     cover subtitle, the Inleiding and the deel 2 introduction as narrative sections;
--   - partners: every PARTIJ(EN) cell split into its organisations, all BETROKKEN (the document marks no
--     lead), wording = the words of the cell for that organisation.
--
-- Repairs of extraction damage (nothing else was changed; the document's own spelling stays, e.g.
-- 'Ondernijning', 'ondernijnende', 'handlingsprotocol', 'schoolbestuurder', 'casuoverleg',
-- 'Gro-up'/'Gro-Up', '" ''t kan hard gaan"'):
--   - table rows split by a page break joined again: Buurt en veiligheid 2025 'Digitale criminaliteit'
--     row (lines 60 + 62: 'o.a. | babbeltrucs en nepagenten.' and the third goal sentence) and
--     Leefbaarheid 2025 'Leefbaarheidsoverleg' row (lines 87 + 89: goal, partners and result);
--   - paragraphs split by a page break joined again: Bijlage 1 'kunnen betrokken | partijen'
--     (lines 168/170) and 'aan de start | van de PGA' (lines 182/184);
--   - the HTML fragment '<ol style="list-style-type: none">' in the goal of 'Maatschappelijke
--     weerbaarheid' 2025 (line 102) turned back into a numbered list (1. 2. 3.), trailing space dropped;
--   - Markdown emphasis of the extraction removed: the italic list of goals (lines 162-166) and the bold
--     items of 'Vooruitblik' (lines 208-222); the '➤' bullets became level-3 sections (heading = item);
--   - the two-column legend (lines 49-51, colour swatch + label) written as list items 'Groen: Gereed';
--   - the Markdown table rules '----' (lines 119, 128) and the empty STATUS column dropped; the table of
--     contents (lines 7-22) is not content;
--   - the cover title's capitals written in title case for the 2026 plan title.

-- Organisations the document names that are not in V2 ----------------------------------------------

-- Wassenaar's own units and office holders named in the PARTIJ(EN) columns ('wassenaar-ict' is also
-- added by V4 with the same name: on conflict keeps one row).
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, 'INTERNAL', m.id
from municipality m
cross join (values
    ('wassenaar-vtv',                         'Vergunningen, Toezicht en Veiligheid (VTV)'),
    ('wassenaar-gemeente',                    'Gemeente Wassenaar'),
    ('wassenaar-burgemeester',                'Burgemeester'),
    ('wassenaar-wethouder-onderwijs',         'Wethouder onderwijs'),
    ('wassenaar-procesregie',                 'Procesregie'),
    ('wassenaar-beleid-onderwijs',            'Beleid onderwijs'),
    ('wassenaar-beheer-openbare-ruimte',      'Beheer Openbare ruimte'),
    ('wassenaar-verkeer',                     'Verkeer'),
    ('wassenaar-wijkmanagers',                'Wijkmanagers'),
    ('wassenaar-communicatie',                'Communicatie'),
    ('wassenaar-ict',                         'ICT'),
    ('wassenaar-eenheden-kritieke-processen', 'Alle eenheden met kritieke gemeentelijke processen')
) as p (key, name)
where m.slug = 'wassenaar'
on conflict (key) do nothing;

-- Local organisations of Wassenaar (external, but working for this municipality only).
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, 'EXTERNAL', m.id
from municipality m
cross join (values
    ('wassenaar-lokale-ondernemers',          'Lokale ondernemers'),
    ('wassenaar-scholen',                     'PO- en VO-scholen'),
    ('wassenaar-wijk-en-buurtverenigingen',   'Wijk- en buurtverenigingen'),
    ('wassenaarsche-bouwstichting',           'Wassenaarsche Bouwstichting'),
    ('woningbouwvereniging-st-willibrordus',  'Woningbouwvereniging St. Willibrordus')
) as p (key, name)
where m.slug = 'wassenaar'
on conflict (key) do nothing;

-- Organisations that work for more than one municipality (municipality_id NULL).
insert into partner (key, name, kind) values
    ('enneus',           'Enneüs',            'EXTERNAL'),
    ('gro-up',           'Gro-up',            'EXTERNAL'),
    ('orange-the-world', 'Orange the world',  'EXTERNAL'),
    ('zonta-nederland',  'Zonta Nederland',   'EXTERNAL')
on conflict (key) do nothing;

-- Links an activity to its partners, in printed order, all BETROKKEN. Each element is
-- 'partner-key=wording as printed'; an unknown key fails the migration (select ... into strict).
create function pg_temp.ivb_link_partners(p_activity bigint, p_links text[]) returns void
language plpgsql as $f$
declare
    v_i        integer;
    v_key      text;
    v_partner  bigint;
begin
    for v_i in 1 .. array_length(p_links, 1) loop
        v_key := split_part(p_links[v_i], '=', 1);
        select id into strict v_partner from partner where key = v_key;
        insert into activity_partner (activity_id, partner_id, role, wording, position)
        values (p_activity, v_partner, 'BETROKKEN', substr(p_links[v_i], length(v_key) + 2), v_i - 1);
    end loop;
end
$f$;

do $$
declare
    v_municipality  bigint;
    v_framework     bigint;
    v_plan25        bigint;
    v_plan26        bigint;
    v_a             bigint;
    v_kpi           bigint;
    -- main themes
    v_buurt         bigint;
    v_zorg          bigint;
    v_leef          bigint;
    v_ond           bigint;
    v_weer          bigint;
    -- sub-themes (THEMA column)
    v_bv_toezicht   bigint;
    v_bv_preventie  bigint;
    v_bv_digicrim   bigint;
    v_bv_digiweer   bigint;
    v_bv_vrouwen    bigint;
    v_bv_jaarwiss   bigint;
    v_zv_overleg    bigint;
    v_zv_lokale     bigint;
    v_zv_boa        bigint;
    v_zv_jop        bigint;
    v_zv_deal       bigint;
    v_zv_complex    bigint;
    v_zv_wawo       bigint;
    v_zv_parta      bigint;
    v_lb_toezicht   bigint;
    v_lb_overleg    bigint;
    v_lb_verkeer    bigint;
    v_lb_verkveil   bigint;
    v_we_maatsch    bigint;
    v_we_navo       bigint;
    -- 2025 activities that a 2026 activity continues
    v_a25_preventie    bigint;
    v_a25_digijongeren bigint;
    v_a25_vso          bigint;
    v_a25_bvso         bigint;
    v_a25_handhaving   bigint;
    v_a25_analyse      bigint;
    v_a25_ondermijning bigint;
    v_a25_weerbaarheid bigint;
begin
    select id into strict v_municipality from municipality where slug = 'wassenaar';

    -- Framework (line 26) ---------------------------------------------------------------------------
    insert into policy_framework (municipality_id, slug, title, kind, first_year, last_year, adopted_by_council_on)
    values (v_municipality, 'ivb-2024-2027', 'Integraal Veiligheidsbeleid (IVB) 2024-2027',
            'INTEGRAL_SAFETY', 2024, 2027, date '2023-12-19')
    returning id into v_framework;

    -- Main themes: the captions of the plan tables, in printed order (lines 55, 70, 83, 94, 99).
    -- Kernbeleid Veiligheid field: see the derivations note.
    insert into theme (framework_id, name, kind, kernbeleid_field, position)
    values (v_framework, 'Buurt en veiligheid', 'PRIORITY', 1, 0) returning id into v_buurt;
    insert into theme (framework_id, name, kind, kernbeleid_field, position)
    values (v_framework, 'Zorg en veiligheid', 'PRIORITY', 1, 1) returning id into v_zorg;
    insert into theme (framework_id, name, kind, kernbeleid_field, position)
    values (v_framework, 'Leefbaarheid', 'PRIORITY', 1, 2) returning id into v_leef;
    insert into theme (framework_id, name, kind, kernbeleid_field, position)
    values (v_framework, 'Ondermijning', 'PRIORITY', 5, 3) returning id into v_ond;
    insert into theme (framework_id, name, kind, kernbeleid_field, position)
    values (v_framework, 'Weerbaarheid', 'OTHER', 4, 4) returning id into v_weer;

    -- Sub-themes: the THEMA cells of deel 1 and then deel 2, each distinct name once per main theme,
    -- in order of first appearance. The Ondermijning tables print 'Ondermijning' in the THEMA column,
    -- the main theme itself: no child theme for it.
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_buurt, 'Toezicht Handhaving', 'PRIORITY', 1, 0) returning id into v_bv_toezicht;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_buurt, 'Preventie en weerbaarheid', 'PRIORITY', 1, 1) returning id into v_bv_preventie;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_buurt, 'Digitale criminaliteit', 'PRIORITY', 1, 2) returning id into v_bv_digicrim;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_buurt, 'Digitale weerbaarheid ''online leefwereld'' jongeren.', 'PRIORITY', 3, 3) returning id into v_bv_digiweer;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_buurt, 'Veiligheid vrouwen en LHBTIQ+ personen', 'PRIORITY', 1, 4) returning id into v_bv_vrouwen;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_buurt, 'Jaarwisseling', 'PRIORITY', 1, 5) returning id into v_bv_jaarwiss;

    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Overlegstructuur jeugd', 'PRIORITY', 3, 0) returning id into v_zv_overleg;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Lokale kamer zorg en veiligheid', 'PRIORITY', 1, 1) returning id into v_zv_lokale;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Versterken specifieke kennis boa', 'PRIORITY', 3, 2) returning id into v_zv_boa;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Jongeren ontmoetingsplek (JOP)', 'PRIORITY', 3, 3) returning id into v_zv_jop;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Dealbreakers', 'PRIORITY', 3, 4) returning id into v_zv_deal;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Complexe Casuïstiek', 'PRIORITY', 1, 5) returning id into v_zv_complex;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Wet Aanpak Woonoverlast', 'PRIORITY', 1, 6) returning id into v_zv_wawo;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_zorg, 'Uitvoeringsbeleid op basis van de wet gegevensverwerking persoonsgerichte aanpak radicalisering en terroristische activiteiten (PARTA).', 'PRIORITY', 5, 7) returning id into v_zv_parta;

    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_leef, 'Toezicht en Handhaving', 'PRIORITY', 1, 0) returning id into v_lb_toezicht;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_leef, 'Leefbaarheidsoverleg', 'PRIORITY', 1, 1) returning id into v_lb_overleg;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_leef, 'Verkeer', 'PRIORITY', 4, 2) returning id into v_lb_verkeer;
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_leef, 'Verkeersveiligheid', 'PRIORITY', 4, 3) returning id into v_lb_verkveil;

    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, position)
    values (v_framework, v_weer, 'Maatschappelijke weerbaarheid', 'OTHER', 4, 0) returning id into v_we_maatsch;
    -- THEMA cell 'Navo-top 2025 24 t/m 26 juni 2025' (line 103): name + the dates as description.
    insert into theme (framework_id, parent_id, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_weer, 'Navo-top 2025', 'OTHER', 4, '24 t/m 26 juni 2025', 1) returning id into v_we_navo;

    -- Plans -----------------------------------------------------------------------------------------
    -- 2025: adopted by the college on 28 January 2025 (line 34), evaluated in this document (deel 1);
    -- the document prints no date of the evaluation, so evaluated_on stays NULL.
    insert into execution_plan (framework_id, year, title, state, adopted_on, evaluated_on)
    values (v_framework, 2025, 'Uitvoeringsplan Integraal Veiligheidsbeleid 2025', 'GEEVALUEERD', date '2025-01-28', null)
    returning id into v_plan25;
    -- 2026: the cover title (line 3). Adopted by the college together with the evaluation (line 28), but
    -- no adoption date is printed: CONCEPT.
    insert into execution_plan (framework_id, year, title, state)
    values (v_framework, 2026, 'Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026', 'CONCEPT')
    returning id into v_plan26;

    -- Plan 2026 narrative: cover subtitle, Inleiding (lines 5, 24-30) --------------------------------
    insert into narrative_section (plan_id, level, heading, body, position)
    values (v_plan26, 1, null, 'Inclusief evaluatie uitvoeringsplan 2025', 0);

    insert into narrative_section (plan_id, level, heading, body, position)
    values (v_plan26, 1, 'Inleiding',
'Het Integraal Veiligheidsbeleid (IVB) 2024-2027 van de gemeente Wassenaar is op 19 december 2023 door de gemeenteraad vastgesteld. Het vormt het kader voor het veiligheidsbeleid en geeft de prioriteiten aan voor de komende jaren. De uitvoering van het beleid is een verantwoordelijkheid van het college van burgemeester en wethouders (B&W) en wordt verwoord in een uitvoeringsplan.

Jaarlijks wordt het lopende uitvoeringsplan door het college van B&W geëvalueerd (deel 1) waarbij tegelijk het nieuwe uitvoeringsplan (deel 2) voor het komende jaar wordt vastgesteld. Hiermee wordt de regie gehouden over de doelstellingen uit het IVB en dient het als verantwoordingsinstrument richting de gemeenteraad.

Bij het opstellen van de evaluatie en het uitvoeringsplan is er met verschillende in- en externe (veiligheids-)partners overleg geweest zodat niet alleen conform het kader van de gemeenteraad, maar ook de actuele veiligheidssituatie geprioriteerd kon worden. Hierbij geldt altijd dat we grote of urgente veiligheidsproblemen direct aanpakken en voorrang geven op de acties uit het uitvoeringsplan.', 1);

    -- Deel 1: Evaluatie uitvoeringsplan 2025 (lines 32-53) --------------------------------------------
    insert into narrative_section (plan_id, level, heading, body, position)
    values (v_plan25, 1, 'Evaluatie uitvoeringsplan 2025 (deel 1)',
'Op 28 januari 2025 is het uitvoeringsplan 2025 door het college van B&W vastgesteld. Daarmee is het startsein gegeven voor de uitvoering van de acties in 2025. Het uitvoeringsplan is opgesteld volgens de vastgestelde thema''s van het IVB:

- Buurt en Veiligheid (objectieve veiligheid)
- Zorg en Veiligheid volwassen en jeugd (sociale kwaliteit)
- Leefbaarheid (fysieke kwaliteit)
- Ondernijning

Het thema ondernijning is vastgesteld als veiligheidsprioriteit in het IVB, maar is geen onderdeel van het uitvoeringsplan. Op 17 december 2024 is de gemeentelijke aanpak bestrijding ondernijnende criminaliteit Wassenaar vastgesteld door de gemeenteraad. Aan de hand van deze aanpak zal een apart uitvoeringsplan volgen.

Verder zijn er twee urgente thema''s toegevoegd aan het uitvoeringsplan 2025: weerbaarheid en de NAVO-top 2025. De regie op nationale veiligheid ligt bij de rijksoverheid, maar regionale en lokale overheden zijn gevraagd om bij te dragen aan een weerbare samenleving. Vanuit de eenheid Vergunningen, Toezicht en Veiligheid wordt in samenwerking met andere eenheden gewerkt aan het opstellen van een projectplan. Dit traject krijgt in 2026 verdere uitwerking.

Daarnaast heeft de NAVO-top in 2025 inzet gevraagd van de gemeentelijke organisatie, met name van de projectgroep NAVO-top. De top vroeg meer inzet dan vooraf was ingeschat, waarbij de inspanningen vooral gericht waren op het zoveel mogelijk beperken van de maatschappelijke impact van deze nationale veiligheidsoperatie. Deze inspanning heeft geleid tot een succesvol lokaal verloop, maar zorgde ook voor een verschuiving in prioriteiten. Acties die hierdoor niet zijn afgerond, krijgen een plek in het uitvoeringsplan voor 2026.

In het onderstaande overzicht wordt de actuele stand van zaken na 12 maanden weergegeven. De actuele stand wordt in de evaluatie aangegeven middels:

- Groen: Gereed
- Geel: Op schema 2026/2027
- Rood: Niet uitgevoerd/vindt geen doorgang.

De evaluatie gaat over het jaar 2025 en heeft een signalerend effect op de voortgang. De gele statussen zijn verwerkt in het uitvoeringsprogramma 2026 (deel 2).', 0);

    -- Deel 1, Buurt en veiligheid (lines 55-64) -------------------------------------------------------
    -- #1
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_bv_toezicht, 0,
            'Opstellen en uitvoeren jaarprogramma U&H-strategie 2025.',
            'Vaststellen prioriteiten en inzet van de inspecteur openbare ruimte met het IVB 2024-2027 en U&H-strategie 2025-2028 als kader.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=Vergunningen, Toezicht en Veiligheid (VTV) Gemeente Wassenaar']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'Jaarprogramma vastgesteld op 18 februari 2025 door B&W.');

    -- #2
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_bv_preventie, 1,
            'Het preventieaanbod rondom diefstal ontwikkelen.',
            'Fietsendiefstal verminderen en/of voorkomen.')
    returning id into v_a25_preventie;
    perform pg_temp.ivb_link_partners(v_a25_preventie, array[
        'wassenaar-vtv=VTV', 'politie=politie Wassenaar', 'wassenaar-lokale-ondernemers=lokale ondernemers']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_preventie, 'YEAR_END', 'YELLOW', 'De cijfers over fietsendiefstal zijn in 2025 bekeken. Omdat deze dalen, is besloten om in 2025 geen nieuwe actie op te zetten. Door te sturen op veiligheidstrends kunnen we efficiënter omgaan met inzet op preventie. Zo is er bijvoorbeeld meer ingezet op controles van fatbikes door de politie. Het thema wordt weggezet op de jaarlijkse communicatiekalender, zie uitvoeringsplan 2026.');

    -- #3: row split by a page break (lines 60 + 62) joined
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_bv_digicrim, 2,
            'Het opzetten van een bijeenkomst in samenwerking met de politie gericht op (digitale) criminaliteit en het vergroten van de weerbaarheid van ouderen tegen oplichting o.a. babbeltrucs en nepagenten.',
            'Het vergroten van het bewustzijn van de gevaren die er spelen op het digitale netwerk. Het vergroten van de weerbaarheid van gebruikers van het digitale netwerk. Tijdig op de hoogte brengen van nieuwe fenomenen.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'politie=politie Wassenaar', 'rsiv=Regionaal samenwerkingsverband integrale veiligheid (RSIV)']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', '8 gehouden bijeenkomsten bij verschillende wijk- en buurtverenigingen. In totaal 331 deelnemers.');

    -- #4: THEMA cell empty, continues 'Digitale criminaliteit'
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_bv_digicrim, 3,
            'Het starten van een publiekscampagne in samenwerking met de politie gericht op (digitale) criminaliteit en het vergroten van de weerbaarheid van ouderen tegen oplichting o.a. babbeltrucs en nepagenten.',
            'Het vergroten van het bewustzijn van de gevaren die er spelen op het gebied van oplichting. Het vergroten van de weerbaarheid van gebruikers van het digitale netwerk. Tijdig op de hoogte brengen van nieuwe fenomenen.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'politie=politie Wassenaar', 'rsiv=Regionaal samenwerkingsverband integrale veiligheid (RSIV)']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'Een afgeronde publiekscampagne via de Wassenaarse nieuwsbrief, de krant, sociale media en verspreiding via wijk- en buurtverenigingen en ouderenorganisaties.');

    -- #5: THEMA cell empty, continues 'Digitale criminaliteit'
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_bv_digicrim, 4,
            'De preventiemogelijkheden inventariseren voor het vergroten van de digitale weerbaarheid onder jongeren.',
            'Het vergroten van het bewustzijn van de gevaren die er spelen op het digitale netwerk middels een passend preventieaanbod voor jongeren.')
    returning id into v_a25_digijongeren;
    perform pg_temp.ivb_link_partners(v_a25_digijongeren, array[
        'wassenaar-vtv=VTV', 'politie=politie Wassenaar', 'rsiv=RSIV', 'wassenaar-scholen=onderwijs']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_digijongeren, 'YEAR_END', 'GREEN', 'Inventarisatie heeft plaatsgevonden. Acties t.b.v. digitale weerbaarheid onder jongeren worden verwerkt in het uitvoeringsplan 2026. Hierbij wordt rekening gehouden met aansluiting en overlap project OKO.');

    -- Extra activiteiten after the Buurt en veiligheid table (lines 66, 68)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_buurt, 2, 'Extra activiteit',
'Op 30 mei 2025 organiseerden de gemeente Wassenaar, politie Wassenaar en jongerenwerk Gro-Up het spel The Hunt voor jongeren van 11 tot 18 jaar. Tijdens dit real-life spel probeerden ongeveer 80 jongeren uit handen te blijven van politie en handhavers terwijl zij drie checkpoints in het dorp moesten bereiken. Het doel van de activiteit was om op een laagdrempelige en positieve manier contact te leggen tussen jongeren en zorg- en veiligheidspartners. Het spel werd afgesloten bij het jongerencentrum ''Boven''. Gezien het succes en de positieve reacties is de gemeente voornemens The Hunt in 2026 opnieuw te organiseren.', 1);
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_buurt, 2, 'Extra activiteit',
'Op 11 november organiseerden Centrum Management Wassenaar, het Platform Veilig Ondernemen (PVO), de gemeente Wassenaar en de politie een ondernemersavond in het centrum. Centraal stonden twee actuele veiligheidsthema''s: cybercrime en ondermijnende criminaliteit. Ondernemers kregen praktische tips om hun weerbaarheid te vergroten en konden ervaringen uitwisselen. Tijdens deze avond maakten ondernemers ook kennis met het PVO, dat ondersteuning biedt bij het voorkomen van criminaliteit en het behalen van het Keurmerk Veilig Ondernemen (KVO) voor een veilig winkelgebied.', 2);

    -- Deel 1, Zorg en veiligheid (lines 70-81) --------------------------------------------------------
    -- #6
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_overleg, 5,
            'Veilige school overleg (VSO) t.b.v. convenant schoolveiligheid 2025',
            'Evaluëren handlingsprotocol op efficiëntie en werking.')
    returning id into v_a25_vso;
    perform pg_temp.ivb_link_partners(v_a25_vso, array[
        'wassenaar-gemeente=Gemeente', 'politie=politie', 'wassenaar-scholen=PO- en VO-scholen (convenantpartners)']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_vso, 'YEAR_END', 'YELLOW', 'Op 13 november 2025 vond de eerste ophaalsessie plaats om samen met onderwijs en politie signalen en trends rond schoolveiligheid op te halen. Deze sessie vormt de basis voor een efficiënt VSO, voortkomend uit het convenant Schoolveiligheid Wassenaar 2025. In 2026 wordt verder gewerkt aan het opzetten en implementeren van het VSO.');

    -- #7: THEMA cell empty, continues 'Overlegstructuur jeugd'
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_overleg, 6,
            'Bestuurlijk Veilige School Overleg (BVSO)',
            'In het overleg wordt er gezamenlijk gekeken naar hoe het schoolbestuurder en andere betrokkenen kunnen bijdragen aan het versterken van de veiligheid op school.')
    returning id into v_a25_bvso;
    perform pg_temp.ivb_link_partners(v_a25_bvso, array[
        'wassenaar-burgemeester=Burgemeester', 'wassenaar-wethouder-onderwijs=wethouder onderwijs',
        'politie=politie Wassenaar', 'wassenaar-scholen=PO- en VO-scholen']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_bvso, 'YEAR_END', 'YELLOW', 'Zie bovenstaande.');

    -- #8
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_lokale, 7,
            'Optimalisatie lokale kamer zorg en veiligheid.',
            'Evaluëren lokale kamer op efficiëntie en werking.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-procesregie=Procesregie jeugd/volwassenen', 'wassenaar-vtv=VTV']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'De evaluatie (bijlage 1) is afgerond en de aanbevelingen zijn verwerkt in het handboek Lokale Kamer.');

    -- #9
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_boa, 8,
            'Twee boa''s starten de training voor jeugdboa en krijgen het taakaccent jeugd.',
            'Vergroten van de expertise met betrekking tot het herkennen en signaleren van zorgen rondom kwetsbare jongeren en beter kunnen aansluiten bij de belevingswereld van jeugdigen. Maar ook de vaardigheden vergroten om in contact te kunnen komen en blijven met deze kwetsbare jongeren.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array['wassenaar-vtv=VTV']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'Twee boa''s hebben in maart de training jeugdboa afgerond.');

    -- #10
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_jop, 9,
            'Onderzoek afronden en vervolgstappen bepalen.',
            'Onderzoek biedt inzicht welke locatie(s) in Wassenaar geschikt zijn om een of meerdere nieuwe JOP''en te plaatsen.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'enneus=Onderzoek wordt uitgevoerd door extern onderzoeksbureau Enneüs']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'Onderzoek is afgerond. Op basis van de resultaten heeft het college besloten geen verdere stappen te zetten voor het realiseren van een extra JOP.');

    -- #11
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_deal, 10,
            'Start project Dealbreakers.',
            'Het doel van project Dealbreakers is het voorkomen dat jongeren betrokken raken bij (drugs)criminaliteit.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'wassenaar-procesregie=procesregie jeugd', 'wassenaar-beleid-onderwijs=beleid onderwijs',
        'wassenaar-scholen=voortgezet onderwijs', 'gro-up=Gro-up']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'RED', 'Het geplande project is niet van start gegaan. De prioriteit binnen het onderwijs ligt bij deelname aan het project Opgroeien Kansrijke Omgeving (OKO) en LEA (Lokaal Educatieve Agenda).');

    -- #12
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_complex, 11,
            'Optimaliseren en vastleggen van werkprocessen gericht op complexe casuïstiek.',
            'Door het optimaliseren en vastleggen kan er op een systematische en gecoördineerde manier met casuïstiek worden omgegaan. Het bevordert daarmee ook de samenwerking tussen het domein OOV en het sociaal domein.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'politie=politie', 'wassenaar-procesregie=procesregie jeugd en volwassenen']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'De werkprocessen voor de Wet Tijdelijk Huisverbod, Wet Verplichte Geestelijke Gezondheidszorg (Wvggz) en Wet Zorg en Dwang (Wzd) zijn uitgewerkt en vastgelegd.');

    -- #13
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_zv_wawo, 12,
            'Opstellen van een uitvoeringsbeleid.',
            'Het uitvoeringsbeleid bevat de praktische en operationele maatregelen die worden genomen om de Wet Aanpak woonoverlast (WAWO) te implementeren en uit te voeren.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'wassenaar-procesregie=procesregie volwassenen', 'woningcorporaties=woningbouwcorporaties']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'Het uitvoeringsbeleid is afgerond en op 8 december 2025 vastgesteld door het college.');

    -- Deel 1, Leefbaarheid (lines 83-92) --------------------------------------------------------------
    -- #14
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_lb_toezicht, 13,
            'Opstellen en uitvoeren jaarprogramma U&H-strategie 2025',
            'Vaststellen prioriteiten en inzet van de inspecteur openbare ruimte met het IVB 2024-2027 en U&H-strategie 2025-2028 als kader.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=Team Veiligheid, Toezicht en Handhaving (VTV) Gemeente Wassenaar']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'Vastgesteld op 18 februari 2025 door college en raad geïnformeerd middels RIB.');

    -- #15: row split by a page break (lines 87 + 89) joined
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_lb_overleg, 14,
            'Overleg is in 2023 opgeheven. Het overleg wordt weer geactiveerd en een nieuw leven ingeblazen.',
            'Interne en externe samenwerking optimaliseren op het gebied van leefbaarheid, verkeer en onderhoud in de openbare ruimte. Het stimuleren van de lokale samenwerking zodat de leefbaarheid binnen de gemeente verbeterd en er snellere afhandeling plaatsvindt van meldingen en/of casuïstiek.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-beheer-openbare-ruimte=Beheer Openbare ruimte', 'wassenaar-verkeer=verkeer',
        'wassenaar-wijkmanagers=wijkmanagers', 'wassenaar-vtv=VTV', 'politie=politie Wassenaar',
        'wassenaarsche-bouwstichting=woningcorporatie Wassenaarsche bouwstichting',
        'woningbouwvereniging-st-willibrordus=woningbouwvereniging St. Willibrordus']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'Het leefbaarheidsoverleg is op 1 juli 2025 ingericht en van start gegaan. Er wordt gestart met een pilot van één jaar tot juni 2026, met als doel om aan het einde van deze periode een vaste structuur te realiseren.');

    -- #16
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_lb_verkeer, 15,
            'Het houden van een publiekscampagne.',
            'Het voorlichten van de inwoners van Wassenaar over het veilig(er) deelnemen aan het verkeer.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array['wassenaar-vtv=VTV', 'politie=Politie Wassenaar']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'In 2025 zijn drie campagnes uitgevoerd: "De scholen zijn weer begonnen", " ''t kan hard gaan" voor bewustwording rond fatbikes en "Licht aan" om zichtbaarheid in het verkeer te vergroten.');

    -- #17: THEMA cell empty, continues 'Verkeer'
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_lb_verkeer, 16,
            'Opleveren plan van aanpak gezamenlijke en concrete handhavingsacties.',
            'Het vergroten van de pakkans van ongewenst gedrag in het verkeer, met als doel het ontmoedigen van gedragingen die de verkeersveiligheid ernstig verstoren en bedreigen.')
    returning id into v_a25_handhaving;
    perform pg_temp.ivb_link_partners(v_a25_handhaving, array['wassenaar-vtv=VTV', 'politie=Politie Wassenaar']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_handhaving, 'YEAR_END', 'YELLOW', 'In 2025 is geen start gemaakt met het plan van aanpak vanwege de prioritering bij de politie, dit schuift op naar 2026. Wel heeft de politie diverse alcohol- en e-bike controles uitgevoerd.');

    -- #18: THEMA cell empty, continues 'Verkeer'
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_lb_verkeer, 17,
            'Veiligheidsanalyse verkeersongevallen afgelopen jaren + aanbevelingen voor aanvullende maatregelen.',
            'De analyse biedt inzicht in de trends en oorzaken van verkeersongevallen. Op basis van deze inzichten wordt onderzocht of er aanvullende maatregelen kunnen worden genomen om de verkeersveiligheid te vergroten en gedragingen die de veiligheid van verkeersdeelnemers ernstig verstoren en bedreigen, te ontmoedigen.')
    returning id into v_a25_analyse;
    perform pg_temp.ivb_link_partners(v_a25_analyse, array[
        'wassenaar-vtv=VTV', 'wassenaar-verkeer=verkeer', 'politie=Politie Wassenaar']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_analyse, 'YEAR_END', 'YELLOW', 'In 2025 is een analyse fietsongevallen 2024 opgesteld. In 2026 wordt de analyse aangevuld met de overige verkeersongevallen. Verder is de 30km zone vastgesteld door raad op 17 december 2025.');

    -- Deel 1, Ondermijning (lines 94-97): THEMA cell 'Ondermijning' = the main theme ------------------
    -- #19
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_ond, 18,
            'Opstellen en uitvoeren uitvoeringsplan.',
            'Het uitvoeringsplan vertaalt de beleidsdoelen naar concrete acties voor 2025.')
    returning id into v_a25_ondermijning;
    perform pg_temp.ivb_link_partners(v_a25_ondermijning, array['wassenaar-vtv=VTV']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_ondermijning, 'YEAR_END', 'GREEN', 'Het uitvoeringsplan is vastgesteld door B&W op 4 februari. De raad is geïnformeerd middels informatiebrief 014.');

    -- Deel 1, Weerbaarheid (lines 99-103) -------------------------------------------------------------
    -- #20: goal had an HTML <ol> fragment; restored as a numbered list
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_we_maatsch, 19,
            'Inrichten werkgroep, het opstellen van een projectplan en het uitwerken van verschillende scenario''s. Ook in regionale samenwerking.',
'Het uitwerken van de volgende drie pijlers met als doel de maatschappelijke weerbaarheid te vergroten:

1. Communicatie: door goede informatievoorziening de weerbaarheid van de inwoners vergroten.
2. Bevolkingszorg en crisisorganisatie: uitwerken van scenario''s met betrekking tot bevolkingszorg en noodsteunpunten, zodat dit proces tijdens een crisis effectief kan worden uitgevoerd.
3. Kritieke Bedrijfsprocessen: uitwerken van scenario''s met betrekking tot de eigen kritieke processen, zodat deze processen tijdens een crisis overeind blijven.')
    returning id into v_a25_weerbaarheid;
    perform pg_temp.ivb_link_partners(v_a25_weerbaarheid, array[
        'wassenaar-vtv=VTV', 'wassenaar-communicatie=communicatie', 'wassenaar-ict=ICT',
        'wassenaar-eenheden-kritieke-processen=alle eenheden met kritieke gemeentelijke processen',
        'veiligheidsregio-haaglanden=Veiligheidsregio Haaglanden']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a25_weerbaarheid, 'YEAR_END', 'YELLOW', 'Het is een adaptief proces, afhankelijk van landelijk beleid en financiering. De werkgroep is ingericht, een projectopdracht opgesteld en diverse acties in gang gezet. Tempo afhankelijk van acceptatie projectopdracht en beschikbaarheid gelden.');

    -- #21
    insert into activity (plan_id, theme_id, position, title, goal)
    values (v_plan25, v_we_navo, 20,
            'Inrichten werkgroep en opstellen van een projectplan ten behoeve van de Navo-top.',
            'De werkgroep stemt de communicatie af rondom de effecten/invloeden die de Navo-top 2025 heeft voor en/of op Wassenaar. De werkgroep stelt maatregelen vast en laat deze uitvoeren die noodzakelijk zijn om de effecten/invloeden van de Navo-top 2025 op Wassenaar op te vangen.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'wassenaar-communicatie=communicatie', 'wassenaar-verkeer=verkeer']);
    insert into evaluation (activity_id, moment, status, result_text)
    values (v_a, 'YEAR_END', 'GREEN', 'De werkgroep heeft een interne evaluatie uitgevoerd. Het evenement is veilig en ordelijk verlopen. Gedurende de gehele voorbereiding en uitvoering is gewerkt vanuit de visie om de impact voor Wassenaar tot een minimum te beperken en de reguliere (verkeers)situatie zo snel mogelijk te herstellen.');

    -- Deel 2: Uitvoeringsplan 2026 (lines 105-109) ----------------------------------------------------
    insert into narrative_section (plan_id, level, heading, body, position)
    values (v_plan26, 1, 'Uitvoeringsplan 2026 (deel 2)',
'Het uitvoeringsplan is opgebouwd rond de vier vastgestelde thema''s van het Integraal Veiligheidsbeleid (IVB). Per thema worden de activiteiten benoemd die in 2026 worden uitgevoerd. Omdat het IVB een periode van vier jaar omvat, zullen niet alle intensiveringen direct in 2026 plaatsvinden. Indien van toepassing, wordt in het plan per thema aangegeven welke intensiveringen in 2027 worden opgepakt.

Zoals eerder aangegeven, krijgen grote of urgente veiligheidsproblemen voorrang boven andere acties in het uitvoeringsplan. Bij het opstellen van het plan is gebruikgemaakt van input van interne en externe veiligheidspartners over de huidige veiligheidssituatie. Daarom is besloten om het thema weerbaarheid toe te voegen aan het uitvoeringsplan 2026. De regie op nationale veiligheid ligt bij de overheid, maar regionale en lokale overheden zijn gevraagd mee te werken aan een weerbare samenleving.', 2);

    -- Deel 2, Buurt en veiligheid (lines 111-118) -----------------------------------------------------
    -- follow-up of #5 ('Acties t.b.v. digitale weerbaarheid onder jongeren worden verwerkt in het uitvoeringsplan 2026')
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_bv_digiweer, 0,
            'Het opzetten van een bijeenkomst in samenwerking met de scholen en politie gericht op het vergroten van de weerbaarheid van jongeren online.',
            'Het doel van deze bijeenkomst is om jongeren, ouders/opvoeders en leraren bewuster te maken van de risico''s van de online leefwereld en hen praktische handvatten te bieden t.b.v. digitale weerbaarheid.',
            'Gehouden bijeenkomst in samenwerking met RSIV, scholen en de Politie Wassenaar.',
            v_a25_digijongeren)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'politie=politie Wassenaar', 'wassenaar-scholen=scholen',
        'rsiv=Regionaal samenwerkingsverband integrale veiligheid (RSIV)']);

    insert into activity (plan_id, theme_id, position, title, goal, intended_result)
    values (v_plan26, v_bv_vrouwen, 1,
            'Onderzoek uitvoeren naar de (sociale) veiligheid van vrouwen en LHBTIQ+ personen en op basis daarvan een actieplan opstellen, conform de aangenomen motie.',
            'Het doel van het onderzoek is om inzicht te krijgen in welke plekken binnen de gemeente Wassenaar als onveilig worden ervaren en in welke mate vrouwen en LHBTIQ+ zich (on)veilig voelen. Op basis van deze bevindingen wordt een gericht actieplan opgesteld.',
            'Resultaten van het onderzoek verwerkt in een actieplan. De raad wordt hierover voor 1 juli 2026 geïnformeerd.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'politie=politie',
        'orange-the-world=nader te bepalen organisaties zoals Orange the world', 'zonta-nederland=Zonta Nederland']);

    -- continues #2 ('Het thema wordt weggezet op de jaarlijkse communicatiekalender, zie uitvoeringsplan 2026')
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_bv_preventie, 2,
            'Inrichten jaarlijkse communicatiekalender met veiligheidsthema''s.',
            'Het opstellen van een jaarlijkse communicatiekalender met veiligheidsthema''s om inwoners structureel te informeren en bewust te maken van actuele veiligheidsrisico''s.',
            'Een communicatiekalender met veiligheidsthema''s, waardoor communicatie over veiligheid gedurende het jaar consistent en planmatig plaatsvindt.',
            v_a25_preventie)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array['wassenaar-vtv=VTV', 'wassenaar-communicatie=communicatie']);

    insert into activity (plan_id, theme_id, position, title, goal, intended_result)
    values (v_plan26, v_bv_jaarwiss, 3,
            'Samen met de buurt- en wijkverenigingen willen we in kaart brengen welke activiteiten, behoeften en aandachtspunten er in de wijken spelen en maken hiervoor een gerichte inventarisatie. Op basis daarvan onderzoeken we hoe buurt- en wijkverenigingen dit kunnen oppakken en organiseren.',
            'Het onderzoeken van mogelijkheden voor een vreugdevuur, een georganiseerde vuurwerkshow of nieuwjaarsborrel als veilig alternatief, in samenwerking met wijk- en buurtverenigingen, om de jaarwisseling feestelijk én ordelijk te laten verlopen. Dit doen we door actief in gesprek te gaan met een buurt- of wijkvereniging.',
            'Samen met buurt- en wijkverenigingen inventariseren naar de mogelijkheden voor een vreugdevuur en/of een georganiseerde vuurwerkshow of andere initiatieven. De inventarisatie vormt input voor verdere besluitvorming over de jaarwisseling.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'politie=politie', 'wassenaar-wijk-en-buurtverenigingen=wijk- en buurtverenigingen']);

    -- Deel 2, Zorg en veiligheid (lines 121-127) ------------------------------------------------------
    -- continues #6
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_zv_overleg, 4,
            'Veilige schooloverleg (VSO) t.b.v. convenant schoolveiligheid 2025.',
            'Het opzetten van een structureel overleg waarin gemeente, politie en scholen afspraken maken en afstemmen over maatregelen voor een veilige schoolomgeving, signalering van risico''s en gezamenlijke aanpak bij incidenten.',
            'In 2026 wordt verder gewerkt aan het opzetten en implementeren van het VSO. Op 5 februari 2026 vindt vervolgoverleg plaats naar aanleiding van de ophaalsessie op 13 november 2025.',
            v_a25_vso)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-gemeente=Gemeente', 'politie=politie', 'wassenaar-scholen=PO- en VO-scholen (convenantpartners)']);

    -- continues #7; THEMA cell empty, continues 'Overlegstructuur jeugd'
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_zv_overleg, 5,
            'Bestuurlijk Veilige School Overleg (BVSO).',
            'In het overleg wordt er gezamenlijk gekeken naar hoe het schoolbestuurder en andere betrokkenen kunnen bijdragen aan het versterken van de veiligheid op school.',
            'Zie bovenstaande.',
            v_a25_bvso)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-burgemeester=Burgemeester', 'wassenaar-wethouder-onderwijs=wethouder onderwijs',
        'politie=politie Wassenaar', 'wassenaar-scholen=PO- en VO-scholen']);

    insert into activity (plan_id, theme_id, position, title, goal, intended_result)
    values (v_plan26, v_zv_parta, 6,
            'Opstellen van uitvoeringsbeleid op basis van de vastgestelde wet PARTA. De wet is van kracht sinds 1 juli 2025.',
            'Zorgen voor een helder, lokaal kader waarin de taken, verantwoordelijkheden en werkwijzen m.b.t. casuoverleg, informatie-uitwisseling en privacybescherming onder wet PARTA geborgd zijn.',
            'Vastgesteld uitvoeringsbeleid, uiterlijk Q4 2026.')
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'politie=politie', 'wassenaar-procesregie=procesregie Lokale Kamer']);

    -- Deel 2, Leefbaarheid (lines 130-134) ------------------------------------------------------------
    -- continues #18
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_lb_verkveil, 7,
            'Veiligheidsanalyse verkeersongevallen afgelopen jaren + aanbevelingen voor aanvullende maatregelen.',
            'De analyse biedt inzicht in de trends en oorzaken van verkeersongevallen. Op basis van deze inzichten wordt onderzocht of er aanvullende maatregelen kunnen worden genomen om de verkeersveiligheid te vergroten en gedragingen die de veiligheid van verkeersdeelnemers ernstig verstoren en bedreigen, te ontmoedigen.',
            'Veiligheidsanalyse verkeersongevallen met trends, oorzaken en aanbevelingen voor maatregelen.',
            v_a25_analyse)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'wassenaar-verkeer=verkeer', 'politie=Politie Wassenaar']);

    -- continues #17; THEMA cell empty, continues 'Verkeersveiligheid'
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_lb_verkveil, 8,
            'Opleveren plan van gezamenlijke aanpak en concrete handhavingsacties.',
            'Het vergroten van de pakkans van ongewenst gedrag in het verkeer, met als doel het ontmoedigen van gedragingen die de verkeersveiligheid verstoren en bedreigen.',
            'Een afgestemd plan voor gezamenlijke handhavingsacties inclusief alcohol- en e-bike controles.',
            v_a25_handhaving)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array['wassenaar-vtv=VTV', 'politie=Politie Wassenaar']);

    -- Deel 2, Ondermijning (lines 136-139) ------------------------------------------------------------
    -- the yearly successor of #19
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_ond, 9,
            'Opstellen en uitvoeren uitvoeringsplan 2026.',
            'Het uitvoeringsplan vertaalt de beleidsdoelen naar concrete acties voor 2026.',
            'Vastgesteld en uitgevoerd uitvoeringsplan 2026.',
            v_a25_ondermijning)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array['wassenaar-vtv=VTV']);

    -- Deel 2, Weerbaarheid (lines 141-144) ------------------------------------------------------------
    -- continues #20
    insert into activity (plan_id, theme_id, position, title, goal, intended_result, carried_over_from_id)
    values (v_plan26, v_we_maatsch, 10,
            'Op basis van de vastgestelde projectopdracht wordt het projectplan verder uitgewerkt. Hierbij worden verschillende scenario''s ontwikkeld, inclusief varianten voor regionale samenwerking. Na vaststelling van het definitieve projectplan wordt de opdracht verder geconcretiseerd en volgt een kosteninschatting. Deze inschatting dient als basis voor het opnemen van de benodigde middelen in de gemeentelijke begroting voor 2027.',
            'Zorgen voor een volledig uitgewerkt projectplan inclusief scenario''s, kritieke bedrijfsprocessen en financiële onderbouwing, zodat tijdig besluitvorming en budgettering kan plaatsvinden.',
            'Uitgewerkt opgaveplan conform vastgestelde opdracht. In de opdracht wordt gevraagd om extra capaciteit om de opgave te coördineren, planvorming verder op te stellen, deel te nemen aan regionale samenwerking en tegelijk acties gericht uit te voeren. Planvorming moet uiteindelijk leiden tot een kostenraming voor opname in begroting 2027. Resultaat en tempo is afhankelijk van acceptatie projectopdracht en beschikbaarheid gelden.',
            v_a25_weerbaarheid)
    returning id into v_a;
    perform pg_temp.ivb_link_partners(v_a, array[
        'wassenaar-vtv=VTV', 'wassenaar-communicatie=communicatie', 'wassenaar-ict=ICT',
        'wassenaar-eenheden-kritieke-processen=alle eenheden met kritieke gemeentelijke processen',
        'veiligheidsregio-haaglanden=samenwerking tussen gemeenten in Veiligheidsregio Haaglanden']);

    -- Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025 (lines 146-224), plan 2025 ----------------------
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 1, 'Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025', '', 3);

    -- lines 148-170; the paragraph split by a page break at 'kunnen betrokken | partijen' joined
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 2, 'Lokale Kamer in de praktijk',
'Wat doet de Lokale Kamer in de praktijk? En welke soort casuïstiek kan aan bod komen? Met onderstaande fictieve casus geven we een illustratie wat er binnen de Lokale Kamer Wassenaar wordt gedaan.

Lars (16) woont bij zijn moeder in Wassenaar; de ouders van Lars zijn gescheiden. De vader van Lars is nauwelijks betrokken. Lars komt steeds minder vaak op school en hangt meer rond met andere jongeren. Die jongeren zijn bij de politie bekend vanwege drugsgebruik en mogelijk dealen. De moeder van Lars verliest de grip en heeft hulp gevraagd bij school en zij hebben samen met moeder een aanmelding bij het sociaal team Wassenaar gedaan. Na de aanmelding is vanuit het sociaal team begonnen met opvoedondersteuning voor moeder en jongerenwerk om Lars te coachen. Gaandeweg bleek dat er meer nodig was en het thuis onhoudbaar werd. Het sociaal team heeft toen opgeschaald naar de jeugdconsulenten; zij maken een veiligheidsplan op en gaan ook kijken voor tweedelijns zorg.

Lars is echter afgelopen maand 2x bij de politie in beeld gekomen, 1x vanwege overlast op een bekende hangplek en 1x vanwege een poging diefstal. Bij de poging diefstal bleek dat Lars een handelshoeveelheid softdrugs bij zich had. De politie maakt zich ernstige zorgen om het gedrag van Lars en doet een aanmelding bij de Lokale Kamer Wassenaar voor hulp.

Bij de start van de Lokale Kamer is er 2-wekelijks overleg geweest om de persoonsgerichte aanpak op te starten en betrokken partijen samen te brengen. Toen de aanpak stond en partijen elkaar ook zonder tussenkomst van de Lokale Kamer Wassenaar konden vinden is er overgestapt naar 1x per maand overleggen ter evaluatie en monitoren.

De volgende betrokken partijen tijdens de Lokale Kamer zijn: politie, leerplichtambtenaar, jongerenwerk, jeugdconsulent, procesregie, beleidsadviseur zorg & veiligheid en beleidsadviseur ondermijning.

De volgende doelen zijn gedurende de aanpak van de Lokale Kamer Wassenaar behaald:

- Er heeft een waarschuwingsgesprek plaatsgevonden met de leerplichtambtenaar en de wijkagent.
- Er is een last onder dwangsom opgelegd ter hoogte van €500 bij volgende overtredingen van bezit handelshoeveelheid drugs.
- De opvoedondersteuning is voortgezet, moeder had hier baat bij.
- De jeugdconsulent heeft een veiligheidsplan opgesteld en monitort de gemaakte afspraken.
- Er komt mogelijk een jeugdreclasseringsmaatregel naar aanleiding van de poging diefstal en het bezit van drugs. Het opleggen van de maatregel wordt door de rechter gedaan.

Na 5 maanden is er afgeschaald. Lars gaat vaker naar school en is niet meer gezien met negatieve sociale contacten. Er wordt nog gewerkt aan de relatie tussen Lars en zijn moeder en het is afwachten wat de rechtbank zal beslissen over de jeugdreclasseringsmaatregel. Als er wel een maatregel wordt uitgesproken, neemt de jeugdreclassering de regie over en werkt dan samen met de jeugdconsulent. Anders behoudt de jeugdconsulent de regie. Tegelijkertijd zullen de wijkagent en beleidsadviseur ondermijning blijven monitoren op ondermijning en gedrag. Waar nodig kunnen zij contact leggen met de jeugdconsulent. Aangezien er een gedragsverandering tot stand is gekomen en ondanks dat de zorgen wel nog aanwezig zijn, kunnen betrokken partijen elkaar goed vinden en samenwerken. Hierdoor zal de Lokale Kamer Wassenaar afschalen. De procesregisseur zal vanuit de eigen rol de casus nog een periode monitoren om te bezien of de samenwerking goed blijft staan.', 4);

    -- lines 172-188; the figure table (lines 176-178) is held by the KPIs below; the paragraph split by a
    -- page break at 'aan de start | van de PGA' joined
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 2, 'Cijfers',
'In de tabellen hieronder staan het totaal aantal meldingen in 2024 en 2025 en hoeveel er hebben geleid tot een persoonsgerichte aanpak (PGA). Er is ook gekeken naar de gemiddelde doorlooptijd van een PGA, wie de melding heeft gedaan en hoeveel verschillende convenantpartners er gemiddeld genomen betrokken zijn bij de PGA. De doorlooptijd van een PGA is de duur vanaf de melddatum tot aan het laatste overleg waarin het dossier wordt afgesloten.

In 2024 is er één melding gedaan welke niet tot een PGA binnen de Lokale Kamer heeft geleid. Het ontvangen van één melding in 2024 komt, omdat de lokale kamer eind dat jaar officieel van start ging.

In 2025 zijn er 9 meldingen geweest waarvan er 6 tot een PGA binnen de Lokale Kamer hebben geleid. De gemiddelde doorlooptijd van een PGA is 4 maanden; met gemiddeld 2 tot 4 weken een overlegmoment om de PGA te evalueren en waar nodig bij te stellen. Het is opgevallen dat er aan de start van de PGA behoefte is om frequenter af te spreken om partners goed bij elkaar te brengen en informatie up to date te houden. Naarmate de partners elkaar beter weten te vinden en de PGA staat neemt de frequentie af.

De partijen die aanmelden zijn nu de politie, procesregie en jeugdbescherming geweest. De politie meldt vooral bij reeds escalerende situaties en niet altijd bij dreigende escalaties of toenemende zorgen. Er is één keer door de procesregisseur van de Lokale Kamer Wassenaar besloten om op te schalen naar de Lokale Kamer. En er is één keer een aanmelding gedaan door de Jeugdbescherming met de behoefte om partijen beter bij elkaar te brengen. Zorgpartners hebben nog geen aanmelding gedaan.

In 2024 zijn 4 aanmeldingen direct bij het Zorg- en Veiligheidshuis (ZVHH) gedaan die niet bij de Lokale Kamer zijn behandeld. In 2025 is 1 aanmelding bij het ZVHH gedaan en deze is vanuit de Lokale Kamer gedaan. Het direct aanmelden bij het ZVHH kan komen door directe aanmeldingen door zorgpartners en/of een onvoldoende duidelijke route binnen de gemeente Wassenaar. Wel is gebleken dat het ZVHH de Lokale Kamer weet te vinden en de casuïstiek daarom op- en afgeschaald kan worden.', 5);

    -- lines 190-194
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 2, 'Convenantpartners',
'In het huidige samenwerkingsverband zitten de volgende convenantpartners: Gemeente Wassenaar; Sociaal Team Wassenaar; Politie; Veilig Thuis; Jeugdbescherming west; Jeugdbescherming William Schrikker; Parnassia groep; GGZ Rivierduinen; GGZ Haaglanden; Woningbouwvereniging St. Willibrordus en de woningcorporatie Wassenaarsche Bouwstichting.

In de praktijk is gebleken dat organisaties als de reclassering en de Raad voor de Kinderbescherming vaker een rol spelen in de PGA. Hierdoor zijn zij eerder een vaste partner dan een incidentele partner. Er zal worden onderzocht of binnen het huidige convenant deze partners als vaste deelnemer toegevoegd kunnen worden. Op deze manier hoeft er niet per PGA een geheimhoudingsverklaring ondertekend te worden door deze partijen; hoeven zij niet per casus extra af te stemmen binnen de eigen organisatie en is er minder administratieve vastlegging nodig door de borging van het convenant.', 6);

    -- lines 196-200
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 2, 'Communicatie',
'De Lokale Kamer heeft in het handboek standaard brieven opgenomen om te kunnen versturen aan zowel inwoners als convenantpartners en incidentele partners. Het is gebleken dat de brieven te algemeen waren en er behoefte was om ze meer persoonsgericht te maken. De standaardbrieven worden dan ook aangepast met informatie als: wie de melder is, welke partners worden betrokken bij de PGA, wanneer een PGA stopt en wat daar de reden van is.

Voor incidentele partners is in het convenant afgesproken dat zij een geheimhoudingsverklaring tekenen bij de start van een PGA. In de praktijk is gebleken dat incidentele partners niet altijd (volledig) bekend zijn met de Lokale Kamer. Er is dan ook een begeleidende brief opgesteld met de werkwijze van de Lokale Kamer, de wijze van gegevensdeling en een uitleg over de rol van de incidentele partner gedurende de PGA.', 7);

    -- lines 202-224; each '➤' item (bold in the PDF) is a level-3 section with its paragraphs
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 2, 'Vooruitblik',
'De Lokale Kamer Wassenaar heeft in 2025 een stevige basis gelegd. De inzet vanuit de zorg- en veiligheidsketen, de procesregisseurs sociaal domein en beleidsadviseur zorg & veiligheid hebben gemaakt dat de Lokale Kamer Wassenaar zich kan gaan richten op het toekomstbestendig maken van de persoonsgerichte aanpak in de gemeente Wassenaar.

Vanaf 2026 zetten we ons in op:', 8);
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 3, 'Het verder versterken van de regionale samenwerking.',
'Het Zorg- en Veiligheidshuis organiseert regiobijeenkomsten speciaal voor procesregisseurs en beleidsadviseurs van Lokale Kamers ter verbinding + verbetering van de bestaande werkwijzen.', 9);
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 3, 'Het bestendigen van de samenwerking met de huidige convenantpartners.',
'In 2026 organiseren we een terugkomdag voor de convenantpartners om terug te blikken op de samenwerking en de (her-)kenbaarheid van de Lokale Kamer te vergroten.

Nieuwe collega''s bij de convenantpartners krijgen aanvullend een training over de Lokale Kamer en het systeem PGAx.', 10);
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 3, 'Het verbeteren van interne processen met Aanpak Voorkoming Escalatie (AVE).',
'Met AVE worden de stappen en werkwijzen die leiden naar een eventuele inzet van de Lokale Kamer duidelijk vastgelegd. Dit bevordert de samenwerking tussen het veiligheidsdomein, het sociaal domein en ketenpartners.', 11);
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan25, v_zv_lokale, 3, 'Gebruik maken van bestaande kanalen om de zichtbaarheid te vergroten.',
'Er zijn verschillende nieuwsbrieven die naar (zorg)partners in de gemeente worden verstuurd. De Lokale Kamer zal gebruik maken van deze nieuwsbrieven om de werkwijze van de Lokale Kamer onder de aandacht te brengen.', 12);

    -- Bijlage 1 figures (lines 176-178, 188) as KPIs of plan 2025, no targets --------------------------
    insert into kpi (plan_id, theme_id, position, name, unit, source, kind)
    values (v_plan25, v_zv_lokale, 0, 'Aanmelding', 'meldingen bij de Lokale Kamer',
            'Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note) values
        (v_kpi, '2024', 2024, 1, 'Aanmelding 1'),
        (v_kpi, '2025', 2025, 9, 'Aanmelding 9');

    insert into kpi (plan_id, theme_id, position, name, unit, source, kind)
    values (v_plan25, v_zv_lokale, 1, 'Aanpak', 'persoonsgerichte aanpakken (PGA)',
            'Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note) values
        (v_kpi, '2024', 2024, 0, 'Aanpak 0'),
        (v_kpi, '2025', 2025, 6, 'Aanpak 6');

    insert into kpi (plan_id, theme_id, position, name, unit, source, kind)
    values (v_plan25, v_zv_lokale, 2, 'Gemiddelde duur', 'maanden',
            'Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note) values
        (v_kpi, '2025', 2025, 4, 'Gemiddelde duur: 4 maanden');

    -- not a number: the reporting parties, as printed (one per line in the PDF)
    insert into kpi (plan_id, theme_id, position, name, source, kind)
    values (v_plan25, v_zv_lokale, 3, 'Melders',
            'Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025', 'MILESTONE')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value_text, note) values
        (v_kpi, '2025', 2025, 'Politie, Procesregie, Jeugdbescherming', 'Melders: Politie Procesregie Jeugdbescherming');

    insert into kpi (plan_id, theme_id, position, name, unit, source, kind)
    values (v_plan25, v_zv_lokale, 4, 'Partijen per aanpak', 'convenantpartners (gemiddeld)',
            'Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note) values
        (v_kpi, '2025', 2025, 4, 'Partijen per aanpak: 4');

    insert into kpi (plan_id, theme_id, position, name, unit, source, kind)
    values (v_plan25, v_zv_lokale, 5, 'Aanmeldingen direct bij het Zorg- en Veiligheidshuis (ZVHH)', 'aanmeldingen',
            'Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note) values
        (v_kpi, '2024', 2024, 4, 'In 2024 zijn 4 aanmeldingen direct bij het Zorg- en Veiligheidshuis (ZVHH) gedaan die niet bij de Lokale Kamer zijn behandeld.'),
        (v_kpi, '2025', 2025, 1, 'In 2025 is 1 aanmelding bij het ZVHH gedaan en deze is vanuit de Lokale Kamer gedaan.');
end
$$;

drop function pg_temp.ivb_link_partners(bigint, text[]);
