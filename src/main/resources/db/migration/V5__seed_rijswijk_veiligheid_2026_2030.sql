-- Seed: Rijswijk, "Uitvoeringsplan Veiligheid Rijswijk 2026", the yearly execution plan under the
-- Strategisch Veiligheidsbeleid 2026-2030.
-- Source: /work/shared/seeds/002_44ee6912134cde6e.txt (text extracted from the published PDF; the
-- extraction has no title page, it starts at '1. Inleiding').
-- Every judgement call is written down in docs/seed-derivations.md.
--
-- What goes where:
--   - framework 'strategisch-veiligheidsbeleid-2026-2030' (STRATEGIC_SAFETY, 2026-2030). No council
--     adoption date: the document only says the council treated the proposal on 16 December 2025
--     (chapter 9, 'Motie Meer blauw op straat'), not that it adopted it;
--   - themes: the six priorities of the framework as listed in chapter 1 (five PRIORITY, cybercrime
--     REGIONAL_PRIORITY: chapter 6 'geen lokale prioriteit', chapter 7 'vier lokale prioriteiten en een
--     regionale prioriteit'), the sub-themes 'A. ...' as child themes, the ten 'overige
--     veiligheidsthema's' (OTHER, description = their paragraph in chapter 7) and 'Communicatie'
--     (chapter 10, GOING_CONCERN: it has objectives and actions but is not one of the ten);
--     chapter 2 'Zorg en Veiligheid en Femicide' merges two framework priorities for 2026: its
--     sub-themes hang under 'Zorg en Veiligheid', its regie text is the lead of both;
--   - one execution plan, 2026, state CONCEPT (no college adoption date printed), default lead
--     partner Team OOV&B ('Alle acties ... worden uitgevoerd door Team OOV&B, tenzij anders
--     aangegeven.');
--   - 'Wat willen we bereiken?' -> objective (number as printed, also the repeated '6'), 'Acties' ->
--     activity under its objective; 'Wie hebben we daarvoor nodig?' -> activity_partner BETROKKEN on
--     every action of the sub-themes the list belongs to (and the list itself as a narrative section);
--     'Wie heeft de regie?' -> theme.lead verbatim, plus REGIE links where the text names an
--     organisation for identifiable actions; an organisation that an action's own text names as the one
--     carrying it out -> TREKKER link (the 'tenzij anders aangegeven' cases);
--   - KPI's -> kpi (target_year 2026), their printed group headings in a narrative section 'KPI's';
--   - chapter 8 budget tables -> budget_table/budget_line (no totals printed: printed_total_cents
--     NULL); chapter 9 formation tables -> capacity_table/capacity_line;
--   - all prose -> narrative_section in document order. No evaluations or measurements: the
--     document prints none.
--
-- Repairs of extraction damage (nothing else was changed; the document's own typos stay, e.g.
-- 'VIH beter te verdelen In dit', 'Voor de een betere', 'hebben we ze volgende partners', 'domein .',
-- 'communicatie-uitingen zijn Het aantal', 'gebruik. samen met IPP', 'ten aan zien', 'Voorgezet',
-- 'rolververdeling', '(AVG)en', 'Hotspot aanpak ; aanpak'):
--   - U+202F (narrow no-break space) -> normal space; runs of spaces -> one space; the leading space
--     that marks a new page removed;
--   - lines wrapped inside a sentence, list item or table cell joined with a space; a line ending in
--     a hyphen joined without space ('Mma-campagnes', 'VRIS-partners'), except 'informatie-|verstrekking'
--     which is a hyphenation break (the KPI heading prints 'informatieverstrekking');
--   - a printed line that holds the objective cell and the first action ('2. Aanpak niet vergunde
--     prostitutie.    • De aanpak ...', also '1. Schoon, heel en veilig', '3. Bewustwording
--     vergroten.') split into the two cells;
--   - '•' bullets -> list items '- '; a new sentence that starts on a new printed line after a short
--     line (a hard line break) -> new paragraph in prose, a space inside list items and KPI wordings;
--   - the number in front of an objective goes to objective.number, the number in front of a KPI to
--     kpi.position order.

-- Organisations the document names that are not in V2 ----------------------------------------------

-- Rijswijk's own teams and roles (INTERNAL).
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, 'INTERNAL', m.id
from municipality m
cross join (values
    ('rijswijk-team-oovb',                 'Team Openbare Orde en Veiligheid en BIBOB (OOV&B)'),
    ('rijswijk-team-ith',                  'Team Inspectie, Toezicht en Handhaving (ITH)'),
    ('rijswijk-pandbrigade',               'Rijswijkse Pandbrigade'),
    ('rijswijk-sociaal-domein',            'Sociaal Domein'),
    ('rijswijk-team-jos',                  'Team Jeugd, Onderwijs en Sport (JOS)'),
    ('rijswijk-team-mep',                  'Team Mobiliteit en Parkeren (MEP)'),
    ('rijswijk-team-economische-zaken',    'Team Economische Zaken'),
    ('rijswijk-team-jz',                   'Team Juridische Zaken (JZ)'),
    ('rijswijk-team-leerplicht',           'Team Leerplicht'),
    ('rijswijk-team-jeugd',                'Team Jeugd'),
    ('rijswijk-team-communicatie',         'Team Communicatie'),
    ('rijswijk-kwartiermaker-maatschappelijke-weerbaarheid', 'Kwartiermaker Maatschappelijke weerbaarheid')
) as p (key, name)
where m.slug = 'rijswijk'
on conflict (key) do nothing;

-- Local organisations in Rijswijk (EXTERNAL, with the municipality).
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, 'EXTERNAL', m.id
from municipality m
cross join (values
    ('welzijn-rijswijk',                   'Welzijn Rijswijk'),
    ('don-bosco-rijswijk',                 'Don Bosco'),
    ('primair-onderwijs-rijswijk',         'Primair onderwijs Rijswijk'),
    ('voortgezet-onderwijs-rijswijk',      'Voortgezet onderwijs Rijswijk'),
    ('bbr-rijswijk',                       'BBR'),
    ('winkeliersvereniging-in-de-bogaard', 'Winkeliersvereniging In de Bogaard'),
    ('winkeliersvereniging-oud-rijswijk',  'Winkeliersvereniging Oud Rijswijk')
) as p (key, name)
where m.slug = 'rijswijk'
on conflict (key) do nothing;

-- Organisations that work across municipalities (municipality_id NULL).
insert into partner (key, name, kind) values
    ('epic-youth',                                  'Epic Youth',                                      'EXTERNAL'),
    ('netwerk-veilige-scholen',                     'Netwerk Veilige Scholen',                         'EXTERNAL'),
    ('sports-connecting-us',                        'Sports Connecting Us',                            'EXTERNAL'),
    ('haaglanden-beweegt',                          'Haaglanden Beweegt',                              'EXTERNAL'),
    ('gemeente-den-haag',                           'Gemeente Den Haag',                               'EXTERNAL'),
    ('gemeente-delft',                              'Gemeente Delft',                                  'EXTERNAL'),
    ('nederlandse-arbeidsinspectie',                'Nederlandse Arbeidsinspectie (NLA)',              'EXTERNAL'),
    ('nvwa',                                        'Nederlandse Voedsel- en Warenautoriteit (NVWA)',  'EXTERNAL'),
    ('expertisecentrum-mensenhandel-mensensmokkel', 'Expertisecentrum Mensenhandel & Mensensmokkel',   'EXTERNAL'),
    ('platform-veilig-ondernemen',                  'Platform Veilig Ondernemen (PVO)',                'EXTERNAL')
on conflict (key) do nothing;

do $$
declare
    v_municipality  bigint;
    v_framework     bigint;
    v_plan          bigint;
    v_oovb          bigint;
    v_zv                   bigint;
    v_fem                  bigint;
    v_ond                  bigint;
    v_jeu                  bigint;
    v_mv                   bigint;
    v_cyb                  bigint;
    v_zv_a                 bigint;
    v_zv_b                 bigint;
    v_zv_c                 bigint;
    v_ond_a                bigint;
    v_ond_b                bigint;
    v_ond_c                bigint;
    v_jeu_a                bigint;
    v_jeu_b                bigint;
    v_mv_a                 bigint;
    v_mv_b                 bigint;
    v_mv_c                 bigint;
    v_cyb_a                bigint;
    v_cyb_b                bigint;
    v_com                  bigint;
    v_ot_misstanden        bigint;
    v_ot_woonoverlast      bigint;
    v_ot_account           bigint;
    v_ot_bij               bigint;
    v_ot_participatie      bigint;
    v_ot_crisis            bigint;
    v_ot_ongenoegen        bigint;
    v_ot_openbare_ruimte   bigint;
    v_ot_radicalisering    bigint;
    v_ot_vpt               bigint;
    v_obj           bigint;
    v_table         bigint;
    v_rows          integer;
begin
    select id into strict v_municipality from municipality where slug = 'rijswijk';
    select id into strict v_oovb from partner where key = 'rijswijk-team-oovb';

    -- Framework ---------------------------------------------------------------------------------------
    -- Title as the first sentence of chapter 1 prints it ('... de prioriteiten van het Strategisch
    -- Veiligheidsbeleid 2026-2030'); chapter 9 also writes 'Strategisch Veiligheidsbeleid Rijswijk
    -- 2026-2030'. adopted_by_council_on stays NULL (see the header).
    insert into policy_framework (municipality_id, slug, title, kind, first_year, last_year)
    values (v_municipality, 'strategisch-veiligheidsbeleid-2026-2030', 'Strategisch Veiligheidsbeleid 2026-2030',
            'STRATEGIC_SAFETY', 2026, 2030)
    returning id into v_framework;

    -- Themes --------------------------------------------------------------------------------------------
    -- Priorities in the order of the list in chapter 1 (source lines 21-26). Kernbeleid Veiligheid
    -- fields (1 woon- en leefomgeving, 2 bedrijvigheid, 3 jeugd, 4 fysieke veiligheid, 5 integriteit):
    -- see the derivations note. theme.lead = 'Wie heeft de regie?' verbatim.
    -- Chapter 2 treats Zorg en Veiligheid and Femicide as one priority for 2026; regie (source lines 283-284) on both.
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Zorg en Veiligheid', 'PRIORITY', 1, 0,
            null,
            'Bij overleg in het Sociaal Domein over multiproblematieken worden per casus afspraken gemaakt over wie de casusregisseur is.')
    returning id into v_zv;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Femicide', 'PRIORITY', 1, 1,
            null,
            'Bij overleg in het Sociaal Domein over multiproblematieken worden per casus afspraken gemaakt over wie de casusregisseur is.')
    returning id into v_fem;
    -- Regie: source lines 546-548.
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Ondermijning', 'PRIORITY', 5, 2,
            null,
            'In het geval van bestuurlijke controles heeft de gemeente de regie.

In het geval van bestuursrechtelijk handhaven heeft de gemeente de regie.

In het geval van strafrecht heeft de politie onder leiding van OM de regie.')
    returning id into v_ond;
    -- Regie is printed per sub-theme (lines 724-725 and 907-908).
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Jeugd en preventie', 'PRIORITY', 3, 3,
            null,
            null)
    returning id into v_jeu;
    -- Regie: source lines 1209-1216.
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Maatschappelijke veiligheid', 'PRIORITY', 1, 4,
            null,
            'De regie op de aanpak voor fysieke maatregelen voor verkeersveiligheid en gedragscampagnes ligt bij Team MEP.

De regie op Handhaving aanpak fatbikeproblematiek, zwerfafval en vuilnis ligt bij Handhaving.

De regie op Wijkveiligheid ligt bij Team OOV&B (regisseur Wijkveiligheid).

De regie op Bondgenoten systematiek ligt bij de politie.

De regie op Maatschappelijke weerbaarheid ligt bij de Projectleider/-Kwartiermaker Maatschappelijke weerbaarheid.')
    returning id into v_mv;
    -- Regional priority (chapter 6: "geen lokale prioriteit"). Regie: source lines 1374-1376.
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Cybercrime en gedigitaliseerde criminaliteit', 'REGIONAL_PRIORITY', 1, 5,
            null,
            'De regie op Cybercrime en gedigitaliseerde criminaliteit en Senioren en Veiligheid ligt bij Team OOV&B, met name verantwoordelijkheid voor het maken en aanjagen van afspraken tussen partners, monitoren van resultaten en adviseren van de burgemeester.')
    returning id into v_cyb;

    -- Sub-themes as printed above each "Wat willen we bereiken? / Acties" table; kind as their parent.
    -- A. Huiselijk geweld en femicide (source line 112)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_zv, 'A', 'Huiselijk geweld en femicide', 'PRIORITY', 1, 0,
            null,
            null)
    returning id into v_zv_a;
    -- B. Personen met onbegrepen gedrag (source line 178)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_zv, 'B', 'Personen met onbegrepen gedrag', 'PRIORITY', 1, 1,
            null,
            null)
    returning id into v_zv_b;
    -- C. Multiprobleem gezinnen (source line 248)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_zv, 'C', 'Multiprobleem gezinnen', 'PRIORITY', 1, 2,
            null,
            null)
    returning id into v_zv_c;
    -- A. Drugshandel (source line 388)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_ond, 'A', 'Drugshandel', 'PRIORITY', 5, 0,
            null,
            null)
    returning id into v_ond_a;
    -- B. Bedrijventerreinen (source line 427)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_ond, 'B', 'Bedrijventerreinen', 'PRIORITY', 2, 1,
            null,
            null)
    returning id into v_ond_b;
    -- C. Mensenhandel (source line 499)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_ond, 'C', 'Mensenhandel', 'PRIORITY', 5, 2,
            null,
            null)
    returning id into v_ond_c;
    -- A. Schoolveiligheid (source line 619)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_jeu, 'A', 'Schoolveiligheid', 'PRIORITY', 3, 0,
            null,
            'De regie op schoolveiligheid ligt bij de gemeentelijke teams OOV&B en JOS in samenwerking met de scholen.')
    returning id into v_jeu_a;
    -- B. Jeugd en Criminaliteit (source line 726)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_jeu, 'B', 'Jeugd en Criminaliteit', 'PRIORITY', 3, 1,
            null,
            'De regie ligt bij de team OOV&B in samenwerking met de diverse maatschappelijke (veiligheids-) partners.')
    returning id into v_jeu_b;
    -- A. Schoon, Heel en Veilig (source line 1083)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_mv, 'A', 'Schoon, Heel en Veilig', 'PRIORITY', 1, 0,
            null,
            null)
    returning id into v_mv_a;
    -- B. Wijkveiligheid (source line 1103)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_mv, 'B', 'Wijkveiligheid', 'PRIORITY', 1, 1,
            null,
            null)
    returning id into v_mv_b;
    -- C. Verkeersveiligheid (source line 1144)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_mv, 'C', 'Verkeersveiligheid', 'PRIORITY', 4, 2,
            null,
            null)
    returning id into v_mv_c;
    -- A. Cybercrime en gedigitaliseerde criminaliteit (source line 1292)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_cyb, 'A', 'Cybercrime en gedigitaliseerde criminaliteit', 'REGIONAL_PRIORITY', 1, 0,
            null,
            null)
    returning id into v_cyb_a;
    -- B. Senioren en Veiligheid (source line 1328)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, v_cyb, 'B', 'Senioren en Veiligheid', 'REGIONAL_PRIORITY', 1, 1,
            null,
            null)
    returning id into v_cyb_b;

    -- The ten 'overige veiligheidsthema's', names as listed in chapter 1 (source lines 33-42);
    -- description = the text after the label of their bullet in chapter 7 (source lines 1391-1454).
    -- 'Maatschappelijk ongenoegen' and 'Radicalisering' share one bullet in chapter 7
    -- ('Maatschappelijk ongenoegen, polarisatie/ Radicalisering: ...'): both carry its text.
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Aanpak misstanden bewoning', 'OTHER', 1, 6,
            'voor het bestrijden van woonmisstanden is de Rijswijkse Pandbrigade in het leven geroepen. Door de Pandbrigade worden integrale controles uitgevoerd op woningen en panden. Mochten zij bij de integrale controles situaties aantreffen die een andere aanpak vereisen (zoals armoede en/of uitbuiting), dan worden deze direct gecommuniceerd met de teams binnen onze organisaties die zo''n aanpak in gang kunnen zetten (zoals ondermijning bij Team OOV&B, of misstanden met vergunning bij Team Vergunningen)',
            null)
    returning id into v_ot_misstanden;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Aanpak woonoverlast', 'OTHER', 1, 7,
            'De leefbaarheid in wijken kan worden verstoord door o.a. woonoverlast. Te denken valt aan geluids-, stank- of andere burenoverlast vanuit een woning, maar ook aan irritaties tussen bewoners, intimidatie, bedreiging en vanuit de woning veroorzaakte onbegrepen gedrag.',
            null)
    returning id into v_ot_woonoverlast;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Accounthouderschap en bestuurlijke advisering', 'OTHER', 3, 8,
            'Het gaat hierbij om accounthouderschap van organisaties waar we een (subsidie)relatie mee hebben, bijvoorbeeld Halt.',
            null)
    returning id into v_ot_account;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Bestuurlijk Informatie Justitiabelen (BIJ)- melding', 'OTHER', 1, 9,
            'De terugkeer van een gedetineerde die een zwaar misdrijf heeft gepleegd zoals moord of zeden, kan voor maatschappelijke onrust zorgen. Om vooraf in te schatten in hoeverre de kans van maatschappelijke onrust aanwezig is, worden de burgemeester en politie geïnformeerd door Team OOV&B. Vanuit Team OOV&B wordt onderzocht wat de reële kans is op onrust bij vrijlating, wordt hierover gerapporteerd aan de burgemeester.',
            null)
    returning id into v_ot_bij;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Inwonersparticipatie', 'OTHER', 1, 10,
            'Het verhogen van betrokkenheid en deelname van inwoners aan het schoon, heel en veilig houden van hun omgeving, zoals bijvoorbeeld deelname aan buurtpreventie, bereidheid om meldingen te doen.',
            null)
    returning id into v_ot_participatie;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Crisis- en rampenbestrijding/ eigen crisisorganisatie/ piketdienst.', 'OTHER', 4, 11,
            'Crisisbeheersing is in Nederland wettelijk belegd bij de burgemeester en wordt multidisciplinair voorbereid binnen de Veiligheidsregio Haaglanden. De gemeente Rijswijk heeft daarbij een eigen verantwoordelijkheid voor bevolkingszorg, crisiscommunicatie en de continuïteit van de gemeentelijke organisatie. De gemeente zorgt voor actuele crisisplannen, opgeleide en geoefende crisisfunctionarissen, goede bereikbaarheid en alarmering, en de opvang en nazorg voor getroffenen bij incidenten. De operationele inzet van hulpdiensten ligt primair bij politie, brandweer en GHOR, waarbij de gemeente deze inzet ondersteunt en faciliteert.',
            null)
    returning id into v_ot_crisis;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Maatschappelijk ongenoegen', 'OTHER', 5, 12,
            'De gemeente werkt samen met politie, jongerenwerk, onderwijs en andere partners om trends en spanningen tijdig te herkennen en te duiden. Waar sprake is van daadwerkelijke veiligheidsrisico’s vindt afstemming plaats binnen bestaande (regionale) structuren voor persoonsgerichte en gebiedsgerichte aanpakken. Voor het nemen van gerichte maatregelen wordt de burgemeester hierover geadviseerd. De informatievoorziening vindt op verschillende niveaus plaats variërend van landelijk (zoals het Nationaal Crisis Centrum of berichten van NCTV), regionaal en lokaal niveau.',
            null)
    returning id into v_ot_ongenoegen;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Openbare ruimte en sociale veiligheid', 'OTHER', 1, 13,
            'de wijze waarop de openbare ruimte is ingericht bepaalt mede of mensen zich veilig voelen op straat / buiten. Bij dit thema gaat het er om dat we zorgen voor een openbare ruimte waarin alle gebruikers, waaronder (jonge) vrouwen, zich veilig voelen. Dit betekent dat veiligheid nadrukkelijk wordt meegenomen bij het ontwerp en de inrichting van de openbare ruimte en dat we signalen over de veiligheid en veiligheidsbeleving van onze openbare ruimte (actief) ophalen en met elkaar delen.',
            null)
    returning id into v_ot_openbare_ruimte;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Radicalisering', 'OTHER', 5, 14,
            'De gemeente werkt samen met politie, jongerenwerk, onderwijs en andere partners om trends en spanningen tijdig te herkennen en te duiden. Waar sprake is van daadwerkelijke veiligheidsrisico’s vindt afstemming plaats binnen bestaande (regionale) structuren voor persoonsgerichte en gebiedsgerichte aanpakken. Voor het nemen van gerichte maatregelen wordt de burgemeester hierover geadviseerd. De informatievoorziening vindt op verschillende niveaus plaats variërend van landelijk (zoals het Nationaal Crisis Centrum of berichten van NCTV), regionaal en lokaal niveau.',
            null)
    returning id into v_ot_radicalisering;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Veilige Publieke Taak', 'OTHER', 5, 15,
            'Werknemers met een publieke taak zijn vanwege hun directe contact met inwoners kwetsbaar voor agressie en geweld. Omdat zij worden gezien als een verlengstuk van de overheid, uiten inwoners die ontevreden zijn over de overheid hun ongenoegen en grieven vaak persoonlijk bij hen. Dit kan soms leiden tot verbale agressie. Dit grensoverschrijdende gedrag heeft een ondermijnend effect op de overheid en moet stevig aangepakt en zoveel mogelijk voorkomen worden. Het gaat ook om het aanpakken van partijen die een beroeps- of klachtenprocedure, als deze volledig is doorlopen en is afgerond, opnieuw opstarten om toch hun gelijk te halen of om gemeentelijke processen te frustreren.',
            null)
    returning id into v_ot_vpt;

    -- Chapter 10 'Communicatie' has its own objectives, actions, partners, regie and KPI's.
    -- Regie: source lines 1654-1655.
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, position, description, lead)
    values (v_framework, null, null, 'Communicatie', 'GOING_CONCERN', null, 16,
            null,
            'De regie op de content van veiligheidsonderwerpen ligt bij Team OOV&B en bij Team ITH voor de veiligheidsthema''s die bij hun respectievelijke teams horen.')
    returning id into v_com;

    -- The 2026 plan ---------------------------------------------------------------------------------------
    -- Title as the first sentence prints it ('Het Uitvoeringsplan Veiligheid Rijswijk 2026 ...'). CONCEPT:
    -- the document prints no college adoption date.
    insert into execution_plan (framework_id, year, title, state, default_lead_partner_id)
    values (v_framework, 2026, 'Uitvoeringsplan Veiligheid Rijswijk 2026', 'CONCEPT', v_oovb)
    returning id into v_plan;

    -- Narrative sections in document order ---------------------------------------------------------------
    -- Chapter headings as printed (level 1), 'Opzet uitvoeringsplan veiligheid' and 'Motie Meer blauw op
    -- straat' level 2, 'KPI's' level 2 (body = the printed KPI group headings, if any), 'Wie hebben we
    -- daarvoor nodig?' level 3. The 'Wie heeft de regie?' texts are theme.lead; the tables are the
    -- objective/activity, kpi, budget and capacity rows.
    -- 0. source lines 1-46
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, '1. Inleiding',
'Het Uitvoeringsplan Veiligheid Rijswijk 2026 heeft als doel om de prioriteiten van het Strategisch Veiligheidsbeleid 2026-2030 op efficiënte en effectieve wijze uit te voeren. Rijswijk is een middelgrote gemeente met een grootstedelijk profiel. Dat brengt grote uitdagingen met zich mee op het gebied van veiligheid. Met dit uitvoeringsplan is het doel om het beschikbare capaciteit optimaal in te vullen en tegelijkertijd te kunnen anticiperen op actuele ontwikkelingen die van invloed zijn op de veiligheid van onze inwoners, ondernemers en maatschappelijke organisaties

Een belangrijke organisatorische wijziging hierbij is de samenstelling van het team Veiligheid Inspectie en Handhaving, (VIH) geweest. Dit team bestaat sinds 1 januari 2026 uit Team Openbare Orde en Veiligheid en BIBOB (OOV&B) en Team Inspectie, Toezicht en Handhaving (ITH). Deze wijziging was nodig om de omvang en de hoeveelheid taken van VIH beter te verdelen In dit uitvoeringsplan Veiligheid worden de werkzaamheden voortkomend uit het Strategische veiligheidsplan uiteengezet. Dit zijn werkzaamheden waar team OOV&B veelal de regie heeft maar deze zijn wel afgestemd met de andere teams van de organisatie. De prioriteiten in het Strategisch Veiligheidsbeleid 2026 –2030 zijn:

- Zorg en Veiligheid
- Femicide
- Ondermijning
- Jeugd en preventie
- Maatschappelijke veiligheid
- Cybercrime en gedigitaliseerde criminaliteit

Team OOV&B zal zich ook bezighouden met andere veiligheidsthema''s, verdeeld over verschillende domeinen en teams.

Deze thema''s zijn:

- Aanpak misstanden bewoning
- Aanpak woonoverlast
- Accounthouderschap en bestuurlijke advisering
- Bestuurlijk Informatie Justitiabelen (BIJ)- melding
- Inwonersparticipatie
- Crisis- en rampenbestrijding/ eigen crisisorganisatie/ piketdienst.
- Maatschappelijk ongenoegen
- Openbare ruimte en sociale veiligheid
- Radicalisering
- Veilige Publieke Taak

In dit uitvoeringsplan krijgt u een overzicht op welke manier de prioriteiten en overige werkzaamheden worden uitgewerkt.', 0);
    -- 1. source lines 48-70
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 2, 'Opzet uitvoeringsplan veiligheid',
'In de volgende hoofdstukken wordt per prioriteit en de daarbij horende thema’s uitgewerkt wat de aanpak wordt. Het gaat om de volgende vier prioriteiten die aansluiten op Strategisch Veiligheidsbeleid 2026 –2030:

- Zorg en Veiligheid en Femicide (hoofdstuk 2)
- Ondermijning (hoofdstuk 3)
- Jeugd en preventie (hoofdstuk 4)
- Maatschappelijke veiligheid (hoofdstuk 5)

Anders dan in het Strategisch Veiligheidsbeleid zijn Zorg en Veiligheid en Femicide uit praktische overwegingen samengevoegd tot één samenhangende prioriteit voor 2026.

Voor 2026 willen wij een vervolg geven aan het regionaal geprioriteerde Cybercrime en gedigitaliseerde criminaliteit (hoofdstuk 6).

Tenslotte komen in het uitvoeringsplan Veiligheid ook nog de eerdere benoemde overige veiligheidsthema’s aan bod (hoofdstuk 7), financiën en capaciteit (hoofdstuk 8 en 9), Communicatie (hoofdstuk 10) en de evaluatie van dit uitvoeringsplan (hoofdstuk 11).

Alle acties die in het Uitvoeringsplan staan vermeld worden uitgevoerd door Team OOV&B, tenzij anders aangegeven.', 1);
    -- 2. source lines 71-107
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_zv, 1, '2. Zorg en Veiligheid en Femicide',
'Voor de gemeente Rijswijk is de samenwerking tussen Zorg en Veiligheid cruciaal omdat veel maatschappelijke problemen zowel een zorg- als een veiligheidscomponent hebben. Op het gebied van Zorg en Veiligheid wordt zowel met interne als externe partners gewerkt. Voorbeelden hiervan zijn de al langere samenwerking binnen het Parnassia Politie Programma (PPP) in de ondersteuning van personen met onbegrepen gedrag op het politiebureau en het recente vastgestelde plan ter voorkoming femicide (de Mensgerichte Crisisaanpak).

De gemeente werkt aan een domeinoverstijgende aanpak voor zorg en veiligheid. Daarvoor hebben de twee coördinatoren Zorg en Veiligheid een belangrijke rol als procesregisseurs in de samenwerking tussen verschillende partners. Voor de een betere samenwerking tussen de verschillende partners wordt een lokale Zorg- en Veiligheidskamer ingericht. Een integrale aanpak in de lokale Zorg en Veiligheidskamer kan escalatie en overlast voorkomen en het beschermt kwetsbare bewoners en de samenleving.

Met de inrichting van een lokale Zorg- en Veiligheidskamer werken we aan een steviger vangnet voor inwoners met complexe problemen op het snijvlak van zorg en veiligheid. Het kan hierbij gaan om slachtoffers van misbruik en criminaliteit of inwoners die zelf overlast en veiligheidsproblemen veroorzaken. Een integrale aanpak zorgt ervoor dat de gemeente haar verantwoordelijkheid vanuit zowel het Sociaal- als Veiligheidsdomein gezamenlijk oppakt. Is een zorg en veiligheid casus complexer dan in de lokale Zorg- en Veiligheidskamer kan worden opgepakt, dan wordt deze verder opgeschaald naar het Zorg- en Veiligheidshuis.

De komende jaren wordt de samenwerking tussen zorg en veiligheid verder geïntensiveerd en uitgewerkt omdat de ontwikkeling op een aantal thema’s zowel zorg als veiligheid raken. De thema’s waar we ons op richten zijn: a) Huiselijk geweld (waaronder (ex-) partnergeweld en intieme terreur en femicide, b) Personen met onbegrepen gedrag en c) Multiprobleem gezinnen.

DOEL: in de komende jaren intensiveren en versterken wij onze aanpak op de thema’s (ex-)partnergeweld en femicide, personen met onbegrepen gedrag en multiprobleem gezinnen. We investeren gericht in de verdere doorontwikkeling van interventies én in een structurele, integrale samenwerking tussen het sociaal domein en het veiligheidsdomein. Op die manier worden risico’s eerder gesignaleerd, wordt sneller ingegrepen en wordt duurzame veiligheid en welzijn voor betrokkenen bevorderd.', 2);
    -- 3. source lines 273-279
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_zv, 3, 'Wie hebben we daarvoor nodig?',
'Voor de uitvoering van deze thema’s hebben we de volgende partners nodig:

- Teams beleid en uitvoering sociaal domein (jeugd en volwassenen)
- GGZ
- GGD Haaglanden
- Politie', 3);
    -- 4. source lines 287-300: the KPI group headings; the KPIs are kpi rows
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_zv, 2, 'KPI’s',
'1. Huiselijk geweld
2. Personen met onbegrepen gedrag', 4);
    -- 5. source lines 305-383
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_ond, 1, '3. Ondermijning',
'In Rijswijk loopt een lokale ondermijningsaanpak waarbij intensief wordt samengewerkt met verschillende (gemeentelijke) teams waaronder: de Rijswijkse pandbrigade, politie basisteam Rijswijk, het Openbaar Ministerie, het Regionaal Informatie en Expertise Centrum (RIEC) en het Haags Economisch Interventieteam (HEIT).

Het RIEC (Regionaal Informatie- en Expertise Centrum) is een samenwerkingsverband van gemeenten, politie, OM, Belastingdienst en andere partners om georganiseerde criminaliteit en ondermijning aan te pakken. Ze faciliteren in het delen van informatie en geven advies zodat overheden effectiever kunnen optreden tegen misbruik van vergunningen, subsidies en vastgoed.

Het HEIT (Haags Economisch Interventie Team) is een regionaal interventieteam dat proactief en op ons verzoek gezamenlijk bedrijven en panden controleert op fraude, misstanden en illegale activiteiten zoals illegaal en/of gedwongen sekswerk en witwassen. De BOA''s en inspecteurs van Team ITH haken geregeld aan bij controles van het HEIT.

Wij zoeken nadrukkelijk de samenwerking op met ondernemers en de inwoners van de gemeente Rijswijk. Daarvoor hebben we ook twee BOA''s met ondermijning als specifieke taak die worden ingezet om te signaleren, observeren, registreren en waar nodig te interveniëren. De twee ondermijningsBOA''s staan ook in nauw contact met de regisseur ondermijning van Team OOV&B en hebben de regie bij integrale controles, zoals bij de controles van opslagboxen en van het Digitaal Opkoop Register (DOR).

Het doel van de Rijswijkse ondermijningsaanpak is het tegengaan van drugscriminaliteit, het aanpakken van mensenhandel en het bevorderen van veilige bedrijventerreinen. We willen de bewustwording en meldingsbereidheid vergroten, om zo te zorgen voor een weerbaar Rijswijk en gemeentelijke organisatie. Wij conformeren onze aanpak aan de regionaal geprioriteerde thema''s te weten mensenhandel, drugshandel en bedrijventerreinen. Ook willen wij aandacht hebben voor zorgfraude -in combinatie met Bibob- ondanks dat dit geen geprioriteerd thema is.

Als onderdeel van de bestrijdingsstrategie tegen ondermijning wordt proactief geïnvesteerd in nieuwe samenwerkingen, zodat nog effectievere barrières kunnen worden opgeworpen. Een goed voorbeeld is de samenwerking tussen de gemeente Rijswijk en IPP Haaglanden. IPP Haaglanden werkt binnen de kaders van de gemeenschappelijke regeling zo veel mogelijk budgetneutraal en zonder winstoogmerk aan de herinrichting en ontwikkeling van bedrijventerreinen. Panden die eerder een locatie waren voor drugsgerelateerde activiteiten worden door IPP Haaglanden aangekocht. Daarmee wordt meer grip verkregen op wat zich in en rond bepaalde bedrijfspanden afspeelt. Daarnaast wordt geïnvesteerd in de veiligheid op bedrijventerrein Plaspoelpolder door inzet van een beveiligingsbedrijf de avond- en nachturen. Bijzonderheden worden daarbij onder andere gemeld bij de regisseur Ondermijning en politie. Ook starten we dit jaar met een proef met een drone om meer grip te krijgen op het gebied. Deze samenwerking draagt bij aan het tegengaan van criminele activiteiten en ondermijning.

De komende jaren zetten wij de aanpak voort zoals dat ook in de afgelopen jaren is gedaan, maar streven wij naar intensivering van de controles en professionalisering van de aanpak. Zo zetten wij bijvoorbeeld een lokaal signalenoverleg op. Gemeente en politie kunnen hierin vroegtijdig trends en signalen bespreken en eventuele gezamenlijke interventies voorbereiden.

Voor het jaar 2026 zijn er regionale doelstellingen opgesteld. De concrete acties die zijn opgenomen in dit uitvoeringsplan zijn niet uitputtend. Gedurende het jaar kunnen doelstellingen worden aangepast en opnieuw worden geprioriteerd wanneer het noodzakelijk is. Er zit vooralsnog geen rangschikking in de geprioriteerde thema''s: allen zijn even belangrijk.

De ontwikkelde aanpak van Ondermijning wordt uitgewerkt en verfijnd. Onze aanpak is tweeledig: Enerzijds preventie, zoals het geven van voorlichting over de gevolgen van ondermijning en het herkennen van bepaalde signalen en anderzijds slagvaardig bestrijden, door het nemen van gerichte maatregelen. De afgelopen jaren zijn diverse bestuurlijke maatregelen ingezet in de aanpak van ondermijning. Hierbij valt te denken aan het sluiten van een woning omdat er drugs wordt verhandeld. De thema’s, waar we samen met onze partners en collega’s zoals de Rijswijkse Pandbrigade de komende jaren op richten, zijn: a) Drugshandel (en ook gebruik en overlast), b) (aanpak) Bedrijventerreinen (schoon, heel en veilig) en c) Mensenhandel.

DOEL: Voor drugshandel is het doel de bestuurlijke aanpak van drugshandel te handhaven en te intensiveren waar nodig. Met preventie willen we meer aandacht vragen voor de risico’s van drugshandel.

Ten aanzien van de bedrijventerreinen is het doel om het toezicht te intensiveren. Naast knock & talk gesprekken zal er meer toezicht achter de voordeur van bedrijven plaatsvinden. Dit is in overeenstemming met de partners zoals politie en IPP.

Voor mensenhandel is het doel om te zorgen voor meer bewustwording van de signalen van mensenhandel en meer aandacht te vragen voor deze problematiek. Bij signaleren van mensenhandel wordt direct bestuurlijk doorgepakt, zoals het met spoed (bestuurlijk indien mogelijk) sluiten van een pand waar een onvergunde seksinrichting is geconstateerd.', 5);
    -- 6. source lines 532-542
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_ond, 3, 'Wie hebben we daarvoor nodig?',
'Voor de uitvoering van deze thema’s hebben we ze volgende partners nodig:

- Politie
- Openbaar Ministerie
- Team ITH
- Rijswijkse Pandbrigade
- Overige partners zoals de Nederlandse Arbeidsinspectie (NLA), de Nederlandse Voedsel- en Waren autoriteit (NVWA), Expertisecentrum Mensenhandel & Mensensmokkel, etc.', 6);
    -- 7. source line 551: the KPIs are numbered without group headings
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_ond, 2, 'KPI’s',
'', 7);
    -- 8. source lines 579-614
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_jeu, 1, '4. Jeugd en preventie',
'Het doel met betrekking tot de prioriteit Jeugd en Preventie is om de jeugdcriminaliteit aan te pakken en de schoolveiligheid te vergroten. Wij versterken hiervoor onze samenwerking met de partners om de aanpak schoolveiligheid en jeugdcriminaliteit verder vorm en inhoud te geven. Daarbij is de ontwikkeling van de lokale Zorg- en Veiligheidskamer een voorbeeld.

Momenteel hebben wij een jeugdBOA in dienst die een schakel is tussen de gemeente en de scholen. Daarnaast heeft deze een belangrijke rol door zich in de openbare ruimte te focussen op activiteiten van jongeren, en vooral wanneer het een overlastcomponent heeft. De jeugdBOA gaat actief in gesprek, zorgt voor verbinding en linkt jeugd aan onze jongerenwerkers om ze te kunnen begeleiden in hun zoektocht naar hoe om te gaan met bijvoorbeeld vraagstukken die hun leven beïnvloeden.

Naast de preventieve taak heeft de jeugdBOA ook een repressieve taak. Bij overlast en overtredingen op heterdaad pakt de jeugdBOA actief door. Daarnaast is de jeugdBOA de linking pin tussen gemeente en politie. Het helpt vaak om aan de voorkant veel te investeren in verbinding, hulp en ondersteuning te bieden bij complexe vraagstukken waar jongeren mee geconfronteerd worden zoals de dreiging om geronseld te worden voor criminele activiteiten en slachtoffer te worden van (online-) pestgedrag.

De plek waar de eerste signalen van normoverschrijdend gedrag opvallen, is in het onderwijs. Hierdoor kan de sociale- en fysieke veiligheid onder druk komen te staan. De incidenten in het Kruisvaarderspark zijn hier een voorbeeld van. Vanuit scholen kan preventie worden versterkt en aan vroegsignalering worden gedaan. Samen met de schoolbesturen Voortgezet Onderwijs gaan we een partnerschap aan om gezamenlijke doelen af te stemmen en te behalen rondom veiligheid en jeugdzorg. Dit sluit aan bij de uitwerking van het landelijk programma Preventie met Gezag in Rijswijk. Hierin wordt geïnvesteerd in de lokale preventieaanpak jeugdcriminaliteit. De thema''s waar we ons op richten zijn: a) Schoolveiligheid en b) Jeugd en Criminaliteit.

DOEL: Uiterlijk eind 2026 heeft de gemeente samen met schoolbesturen, zorg- en veiligheidspartners een structureel partnerschap ingericht, inclusief een volledig operationele lokale Zorg- en Veiligheidskamer, waarmee via vroegsignalering en preventieve interventies op scholen de schoolveiligheid wordt versterkt en de instroom in jeugdcriminaliteit aantoonbaar wordt verminderd, in lijn met het programma Preventie met Gezag.', 8);
    -- 9. source lines 711-720, after sub-theme A
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_jeu_a, 3, 'Wie hebben we daarvoor nodig?',
'- Ouders/verzorgers
- Primair onderwijs
- Voortgezet onderwijs
- Welzijn Rijswijk (Jongerenwerk, Jongerencentrum Nextgen)
- Epic Youth
- Politie
- RIEC
- Netwerk Veilige Scholen', 9);
    -- 10. source lines 879-903, after sub-theme B
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_jeu_b, 3, 'Wie hebben we daarvoor nodig?',
'Voor de uitvoering van deze thema’s hebben we ze volgende partners nodig:

- Ouders/verzorgers
- Primair onderwijs
- Voortgezet onderwijs
- Welzijn Rijswijk
- Don Bosco
- Epic Youth
- Politie
- Sports connecting us
- Openbaar Ministerie (OM)
- Reclassering Nederland
- RIEC
- Zorg en Veiligheidshuis Haaglanden (ZVHH)
- Gemeente Den Haag en gemeente Delft

Bij de gemeente Rijswijk zelf zijn dat:

- Team jeugd, onderwijs en sport (JOS)
- Sociaal Domein
- Team Handhaving
- Team Economische Zaken
- Team JZ (privacy juristen)
- Team Leerplicht
- Team Jeugd
- Team Mobiliteit en Parkeren (veiligheid schoolzones)', 10);
    -- 11. source lines 911-1012: the KPI group headings
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_jeu, 2, 'KPI’s',
'1. Doorontwikkelen van de aanpak Veilig Rond en In School (VRIS).
2. Verbeteren van de informatieverstrekking tussen scholen, gemeente en partners (vroegsignalering).
3. Jaarlijks bestuurlijk overleg met alle schoolbesturen over veiligheid
4. In 2026 zetten we in om jongeren een stem te geven in het beleid dat wordt opgesteld conform de aanpak van preventie met gezag.
5. Ter ondersteuning van de jongerenparticipatie werken we met rolmodellen om laagdrempelig met jongeren in gesprek te gaan.
6. Vroegsignalering op onlinetrends en het versterken van de informatiepositie van de gemeente.
7. Vergroten ouderbetrokkenheid
8. Voortzetten voorlichtingsaanbod preventie jeugdcriminaliteit op scholen (voortgezet- en primair onderwijs).
9. Hotspot aanpak
10. Groepsaanpak conform 7 stappenmodel
11. Persoonsgerichte aanpak via lokale Zorg- en Veiligheidskamer', 11);
    -- 12. source lines 1013-1080
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_mv, 1, '5. Maatschappelijke veiligheid',
'Het doel ten aanzien van maatschappelijke veiligheid is om sociale veiligheid op wijk- en buurtniveau in stand te houden en de kwaliteit van de leefomgeving hoog te houden. Hier wordt structureel aan gewerkt. Schoon, heel en veilig en verkeersveiligheid zijn belangrijke thema’s om een wijk of buurt aantrekkelijk te maken en te houden. Het tegengaan van verloedering, het versterken van sociale banden tussen bewoners in een wijk en het realiseren van een veilige verkeerssituatie dragen bij aan de maatschappelijke veiligheid in Rijswijk.

Bewoners en ondernemers ervaren in de praktijk dat er blijvend inzet nodig is om de sociale veiligheid in bepaalde wijken te vergroten. De zichtbaarheid en nabijheid van de politie en handhavers zijn belangrijk voor inwoners en ondernemers. Ten behoeve van wijkveiligheid wordt ook samenwerking gezocht met inwoners. Een voorbeeld hiervan is het politieproject Bondgenoten. Het project Bondgenoten, waar de politie ook de regie over heeft, is een methodiek waarbij invloedrijke vertegenwoordigers van belangengroepen en gemeenschappen samenwerken met politie en gemeente om de openbare (rechts)orde te helpen handhaven.

Ook kunnen inwoners zelf een grotere rol spelen bij het in stand houden van maatschappelijke veiligheid. Zij hebben immers zelf ook een verantwoordelijkheid waarbij het gaat om eigenaarschap ten aanzien van maatschappelijke veiligheid en de kwaliteit van hun leefomgeving. De komende jaren wordt vanuit de gemeente verder uitgewerkt hoe inwoners onder andere door middel van buurtpreventie en de Buiten Beter app zelf een rol kunnen spelen in het vergroten van de sociale veiligheid van hun omgeving.

Verkeersveiligheid is een maatschappelijk onderwerp dat ons allemaal raakt. Bijna iedereen neemt deel aan het verkeer en wil zich op een prettige manier verplaatsen én weer veilig thuiskomen. Met de groei van stad in het aantal woningen en inwoners, groeit ook het aantal verkeersbewegingen van voetgangers, fietsers en autos sterk mee. De gemeente Rijswijk investeert daarom de komende jaren flink in verkeersveiligheid en bijbehorend gedrag. Deze plannen zijn vastgelegd in de uitvoeringsagenda Mobiliteit en Parkeren (MEP). Hierbij is aandacht voor de infrastructuur, gedrag en handhaving. Infrastructuur en gedrag zijn belegd bij team MEP. Handhaving is belegd bij de BOA’s en politie. De aanpak raakt hiermee meerdere domeinen en vereist nauwe samenwerking.

Wij vinden het belangrijk om inwoners zowel preventief als reactief goed te informeren over verkeersveiligheid. Op deze manier wil de gemeente positief en wenselijk verkeersgedrag stimuleren. Zij trekt hierbij samen op met haar partners, zoals politie en boa’s bij diverse acties en campagnes. Daaronder vallen bijvoorbeeld de fietsverlichtingsacties en de technische controles van kinderfietsen. Een nieuw fenomeen als fatbikes en de problematiek die ermee samenhangt vraagt om andere (spel)regels zodat weggebruikers respectvol met elkaar om kunnen blijven gaan in de publieke ruimte. Als dat niet gebeurt, vraagt dat om handhaving.

Ook educatie speelt een belangrijke rol bij verkeersveiligheid. Met fiets- en autotrainingen, opfriscursussen voor senioren, fietslessen voor kinderen en het Nijntje lespakket voor scholen bij het openen van schoolzones zorgen we ervoor dat verkeersdeelnemers (weer) veilig de weg op kunnen. Door verkeersdeelnemers te informeren, te trainen en te overtuigen kunnen er positieve gedragsveranderingen bewerkstelligd worden. Zo helpen campagnes zoals ‘Licht AAN’, ‘Wij gaan weer naar school’ en ‘Houd rekening met elkaar’ verkeersdeelnemers om zich meer bewust te worden van hun gedrag in het verkeer en de risico’s daarvan.

De politie is een belangrijke partner in het bevorderen van de verkeersveiligheid. Dit betreft niet alleen beboeten bij overtredingen, maar ook het houden van toezicht en controle door mensen aan te bespreken en te waarschuwen bij het niet naleven van verkeersregels of gevaarlijk verkeersgedrag. Als maatregelen te weinig effect hebben, kan het Openbaar Ministerie helpen met bijvoorbeeld flitspalen om zichtbaar te handhaven. Ook de gemeentelijke boa’s leveren met toezicht en handhaving een bijdrage aan het bevorderen van de leefbaarheid en het zorgen voor een positieve gedragsverandering. Hierbij wordt o.a. ingezet op het toezicht op verkeersveiligheid rondom basisscholen en winkelgebieden.

De thema''s waar we ons op richten zijn: a) Schoon, heel en veilig, b) Wijkveiligheid en c) Verkeersveiligheid.

DOEL: Het vergroten van de maatschappelijke weerbaarheid en veerkracht inwoners, ondernemers en gemeentelijke organisatie (niet alleen vanuit veiligheid).', 12);
    -- 13. source lines 1201-1205
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_mv, 3, 'Wie hebben we daarvoor nodig?',
'- Team Mobiliteit en Parkeren (MEP)
- Team Handhaving (boa’s)
- Politie
- Kwartiermaker Maatschappelijke weerbaarheid', 13);
    -- 14. source lines 1221-1259: the KPI group headings
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_mv, 2, 'KPI’s',
'1. Schoon, heel en (verkeers-)veilig
2. Wijkveiligheid
3. Bondgenoten
4. Verkeersveiligheid', 14);
    -- 15. source lines 1260-1287
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_cyb, 1, '6. Cybercrime en gedigitaliseerde criminaliteit',
'Voor de aanpak cybercrime en gedigitaliseerde criminaliteit is het nodig om te blijven investeren in de bewustwording van de gevolgen van cybercrime en gedigitaliseerde criminaliteit, met name bij jeugd, ouderen en ondernemers. De jeugd kan een kwetsbare groep zijn want het blijkt dat zij relatief vaak slachtoffer zijn vooral van hacken, cyberpesten, en misbruik als geldezel. Jongeren zijn ook vaker betrokken als verdachte. Ouderen lijken meer kwetsbaar te zijn voor gedigitaliseerde fraude (whatsapp- fraude en babbeltrucs). Ondernemers hebben meer last van cybercriminaliteit. Vanwege het ontbreken van voldoende capaciteit, kennis en hulpbronnen lukt het ondernemers niet altijd goed om zich te weren tegen cyberaanvallen. De thema''s waar we ons op richten zijn: a) Cybercrime en gedigitaliseerde criminaliteit en b) Senioren en Veiligheid.

De inzet is op basis van het strategisch veiligheidsbeleid geen lokale prioriteit. Gelet op de beperkte capaciteit en middelen is ervoor gekozen de inzet beperkt te houden maar wel in 2026 een doorstart te maken en ons aan te sluiten bij regionale acties. Het is voornamelijk de politie die regionaal het voortouw neemt om cybercrime en gedigitaliseerde criminaliteit aan te pakken en Rijswijk sluit vooralsnog graag aan bij de aanpak.

Gedigitaliseerde criminaliteit is bij het basisteam van de politie geprioriteerd. Voor 2026 staan de aanstelling van een digitaal wijkagent en het digi-vaardiger maken agenten op stapel. Ook werken zij met de digitale meldkamer. Meldingen van gedigitaliseerde criminaliteit worden door de meldkamer uitgegeven en met urgentie opgepakt. Aangiftes worden zorgvuldig gescreend op de aanwezigheid van een digitale component. Is dit het geval dan zal de recherche de aangifte in de meeste gevallen oppakken.

DOEL: Dit jaar heeft de gemeente een zo volledig mogelijk beeld van de problematiek met cybercrime en gedigitaliseerde criminaliteit in Rijswijk.', 15);
    -- 16. source lines 1364-1370
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_cyb, 3, 'Wie hebben we daarvoor nodig?',
'- Politie
- BBR
- Winkeliersverenigingen In de Bogaard en Oud Rijswijk
- Platform Veilig Ondernemen (PVO)
- Regionaal Samenwerkingsverband Integrale Veiligheid (RSIV)', 16);
    -- 17. source line 1379: one numbered KPI
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_cyb, 2, 'KPI’s',
'', 17);
    -- 18. source lines 1383-1454
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, '7. Overige veiligheidsthema''s',
'Naast de vier lokale prioriteiten en een regionale prioriteit zijn er andere veiligheidsthema’s die in Rijswijk ook aandacht en een aanpak nodig hebben. Bijvoorbeeld het informeren van onze inwoners om een brandveilige woning te hebben. De werkzaamheden die worden gedaan voor deze overige veiligheidsthema’s behoren tot het reguliere takenpakket van Team OOV&B.

- Aanpak misstanden bewoning: voor het bestrijden van woonmisstanden is de Rijswijkse Pandbrigade in het leven geroepen. Door de Pandbrigade worden integrale controles uitgevoerd op woningen en panden. Mochten zij bij de integrale controles situaties aantreffen die een andere aanpak vereisen (zoals armoede en/of uitbuiting), dan worden deze direct gecommuniceerd met de teams binnen onze organisaties die zo''n aanpak in gang kunnen zetten (zoals ondermijning bij Team OOV&B, of misstanden met vergunning bij Team Vergunningen)
- Aanpak woonoverlast: De leefbaarheid in wijken kan worden verstoord door o.a. woonoverlast. Te denken valt aan geluids-, stank- of andere burenoverlast vanuit een woning, maar ook aan irritaties tussen bewoners, intimidatie, bedreiging en vanuit de woning veroorzaakte onbegrepen gedrag.
- Accounthouderschap en bestuurlijke advisering: Het gaat hierbij om accounthouderschap van organisaties waar we een (subsidie)relatie mee hebben, bijvoorbeeld Halt.
- BIJ- melding (en 18B): De terugkeer van een gedetineerde die een zwaar misdrijf heeft gepleegd zoals moord of zeden, kan voor maatschappelijke onrust zorgen. Om vooraf in te schatten in hoeverre de kans van maatschappelijke onrust aanwezig is, worden de burgemeester en politie geïnformeerd door Team OOV&B. Vanuit Team OOV&B wordt onderzocht wat de reële kans is op onrust bij vrijlating, wordt hierover gerapporteerd aan de burgemeester.
- Inwonersparticipatie: Het verhogen van betrokkenheid en deelname van inwoners aan het schoon, heel en veilig houden van hun omgeving, zoals bijvoorbeeld deelname aan buurtpreventie, bereidheid om meldingen te doen.
- Crisisbeheersing: Crisisbeheersing is in Nederland wettelijk belegd bij de burgemeester en wordt multidisciplinair voorbereid binnen de Veiligheidsregio Haaglanden. De gemeente Rijswijk heeft daarbij een eigen verantwoordelijkheid voor bevolkingszorg, crisiscommunicatie en de continuïteit van de gemeentelijke organisatie. De gemeente zorgt voor actuele crisisplannen, opgeleide en geoefende crisisfunctionarissen, goede bereikbaarheid en alarmering, en de opvang en nazorg voor getroffenen bij incidenten. De operationele inzet van hulpdiensten ligt primair bij politie, brandweer en GHOR, waarbij de gemeente deze inzet ondersteunt en faciliteert.
- Maatschappelijk ongenoegen, polarisatie/ Radicalisering: De gemeente werkt samen met politie, jongerenwerk, onderwijs en andere partners om trends en spanningen tijdig te herkennen en te duiden. Waar sprake is van daadwerkelijke veiligheidsrisico’s vindt afstemming plaats binnen bestaande (regionale) structuren voor persoonsgerichte en gebiedsgerichte aanpakken. Voor het nemen van gerichte maatregelen wordt de burgemeester hierover geadviseerd. De informatievoorziening vindt op verschillende niveaus plaats variërend van landelijk (zoals het Nationaal Crisis Centrum of berichten van NCTV), regionaal en lokaal niveau.
- Openbare ruimte en sociale veiligheid: de wijze waarop de openbare ruimte is ingericht bepaalt mede of mensen zich veilig voelen op straat / buiten. Bij dit thema gaat het er om dat we zorgen voor een openbare ruimte waarin alle gebruikers, waaronder (jonge) vrouwen, zich veilig voelen. Dit betekent dat veiligheid nadrukkelijk wordt meegenomen bij het ontwerp en de inrichting van de openbare ruimte en dat we signalen over de veiligheid en veiligheidsbeleving van onze openbare ruimte (actief) ophalen en met elkaar delen.
- Veilige Publieke Taak: Werknemers met een publieke taak zijn vanwege hun directe contact met inwoners kwetsbaar voor agressie en geweld. Omdat zij worden gezien als een verlengstuk van de overheid, uiten inwoners die ontevreden zijn over de overheid hun ongenoegen en grieven vaak persoonlijk bij hen. Dit kan soms leiden tot verbale agressie. Dit grensoverschrijdende gedrag heeft een ondermijnend effect op de overheid en moet stevig aangepakt en zoveel mogelijk voorkomen worden. Het gaat ook om het aanpakken van partijen die een beroeps- of klachtenprocedure, als deze volledig is doorlopen en is afgerond, opnieuw opstarten om toch hun gelijk te halen of om gemeentelijke processen te frustreren.', 18);
    -- 19. source lines 1455-1476; the two budget tables follow
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, '8. Financiën',
'De te nemen maatregelen worden bekostigd uit de hieraan gekoppelde budgetten, die terug te vinden zijn in de reguliere begroting. Daarbij gaat het onder andere om middelen voor de bekostiging van het samenwerkingsverband Veiligheidsregio Haaglanden, deelname aan het Veiligheidshuis en Stichting Halt, maar ook om andere vaste uitgaven voor de licenties Khonraad (tijdelijke huisverboden) en de rampen- en crisisorganisatie.

Het uitgangspunt is dat de kosten van de acties in het uitvoeringsplan in 2026 gedekt worden uit de bestaande budgetten. Ondanks dat er ten opzichte van de begroting 2025 geen extra middelen zijn toegekend, met uitzondering voor de Rijswijkse Pandbrigade, is de verwachting dat dit haalbaar is, mede omdat 2026 dient als jaar waarin er veel voorbereidingswerkzaamheden plaatsvinden. Na deze voorbereidende fase volgt een concreter beeld met betrekking tot de kosten die hangen aan de genoemde acties en aanvullende ambities uit het Strategisch Veiligheidsbeleid. Met het uitwerken van de concrete acties kan blijken dat er extra middelen nodig zijn om alle acties te realiseren, bijvoorbeeld omdat er nieuwe ambities zijn toegevoegd, of omdat de huidige budgetten niet toereikend blijken. Deze uitwerking en financiële vertaling wordt dan meegenomen bij de begrotingsbehandeling 2027-2031.

In onderstaand overzicht zijn de huidige budgetten uit de begroting 2026 weergegeven voor de activiteiten die ondernomen gaan worden op basis van de prioriteiten.', 19);
    -- 20. source lines 1512-1522; the formation table of team OOV&B follows
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, '9. Formatie en capaciteit',
'In het financiële overzicht kan opvallen dat aan sommige speerpunten geen of slechts een beperkt financieel budget is toegekend. Dit betekent niet dat hierop geen inzet plaatsvindt. Voor deze speerpunten wordt de uitvoering gerealiseerd binnen de bestaande personeelsformatie. Het team Openbare Orde en Veiligheid & Bibob bestaat in totaal uit 9,5 formatieplaatsen (fte). In onderstaand overzicht is per functie aangegeven hoe deze formatie is verdeeld. Daarnaast is in 2026 is tijdelijk een procesregisseur PGA-Jeugd aangesteld (1 fte) die deels bekostigd wordt uit de eenmalige PMG-uitkering en wordt voor de versterking van het project maatschappelijke weerbaarheid tijdelijk een externe projectleider aangesteld (0,8 fte).', 20);
    -- 21. source lines 1543-1548, printed under the formation table without a heading
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 2, null,
'Naast de capaciteit vanuit het team OOV&B wordt een belangrijk bijdrage aan de acties uit het uitvoeringsplan geleverd door interne partners, zoals het Sociaal Domein (Zorg&Veiligheid, Femicide), Jeugd, Onderwijs en Sport (Jeugd en Preventie) en Mobiliteit & Parkeren (Maatschappelijke Veiligheid). De inzet van deze capaciteit wordt niet afzonderlijk begroot in deze financiële paragraaf, maar is wel essentieel voor het behalen van onze doelstellingen.', 21);
    -- 22. source lines 1550-1556; the table 'Motie Meer blauw op straat' follows
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 2, 'Motie Meer blauw op straat',
'De raad van de gemeente Rijswijk stelde bij de behandeling van het voorstel Strategisch Veiligheidsbeleid Rijswijk 2026-2030 op 16 december 2025 dat dit voorstel veel programma’s bevatte die capaciteit vergen voor onderzoek, bureauwerk en vergaderingen, maar nog te weinig inzicht gaf in de verhouding inzet op kantoor en zichtbaarheid in de buurt op straat. Om inzicht te geven in de capaciteit opgenomen van de uitvoering door gemeentelijke BOA’s, de pandbrigade en politie.', 22);
    -- 23. source lines 1589-1611
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_com, 1, '10. Communicatie',
'Team OOV&B wil het bestuur, de gemeentelijke organisatie, de (keten)partners en de inwoners en ondernemers in Rijswijk goed informeren over veiligheidszaken. Het doel van communicatie voor team OOV&B is:

- Om het bestuur en medewerkers goed geïnformeerd te houden over voortgang en actuele stand van zaken van activiteiten, zoals lopende of opgestarte interventies en (te nemen of genomen) maatregelen;
- Om bijzondere gebeurtenissen en relevante ontwikkelingen op het gebied van veiligheid te delen;
- Om awareness voor diverse veiligheidsthema''s te vergroten;
- Om kennis te delen over trends, onderzoeksresultaten en samenwerkingen met andere gemeenten en het ministerie.

Om de zichtbaarheid en betrokkenheid rondom onze initiatieven te vergroten, zetten we in op een consistente en effectieve interne en externe communicatie. Met periodieke updates zorgen we voor transparantie, betrokkenheid en een gedeeld beeld van de aanpak binnen en buiten de organisatie. Hieronder staan de acties op interne en externe communicatie die buiten de scope van de communicatieacties van de genoemde prioriteiten vallen.', 23);
    -- 24. source lines 1647-1650
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_com, 3, 'Wie hebben we daarvoor nodig?',
'- Team Communicatie
- Team ITH', 24);
    -- 25. source line 1656: the KPIs are numbered without group headings
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_com, 2, 'KPI''s',
'', 25);
    -- 26. source lines 1674-1687
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, '11. Evaluatie',
'Vanwege de start van het nieuwe veiligheidsbeleid in 2026, geldt dit uitvoeringsplan in beginsel alleen voor 2026. Door dit jaar in beeld te brengen wat er nodig is om onze doelstellingen te behalen en hierover met alle betrokken partijen in gesprek te gaan, kan in een bijgesteld uitvoeringsprogramma voor de jaren 2027-2030 concreter worden beschreven welke acties er door wie worden uitgevoerd en welke bijdrage dat levert aan de strategische doelen.

De uitvoeringsplannen zullen ook de komende jaren regelmatig worden geëvalueerd. Met deze evaluaties bewaken we de voortgang van de uitvoering van het veiligheidsbeleid in de gemeente Rijswijk. Ook wordt hiermee bepaald of de juiste aandacht wordt gegeven aan de verschillende veiligheidsthema’s. Indien noodzakelijk kunnen ambities, doelstellingen, maatregelen en activiteiten worden bijgesteld.', 26);

    -- Objectives and actions -------------------------------------------------------------------------------
    -- Per sub-theme, 'Wat willen we bereiken?' -> objective (number as printed, position = printed order
    -- within the theme), each action ('•') of its 'Acties' cell -> activity (position = printed order
    -- within the theme).

    -- Chapter 2, A. Huiselijk geweld en femicide ------------------------------------------------
    -- objective 1 (source lines 115-140)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_a, v_plan, '1', 'Lokale aanpak huiselijk geweld op basis van regiovisie huiselijk geweld door het sociaal domein i.s.m. veiligheid.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_a, v_obj, 0, 'Er wordt een actieve bijdrage geleverd aan het opstellen van de lokale aanpak huiselijk geweld (uitvoeringsdocument) samen met beleid en uitvoering sociaal domein.'),
        (v_plan, v_zv_a, v_obj, 1, 'De lokale aanpak huiselijk geweld wordt geïmplementeerd binnen de interne ambtelijke organisatie samen met beleid en uitvoering sociaal domein.'),
        (v_plan, v_zv_a, v_obj, 2, 'Het huidige crisisplan voorkomen femicide wordt doorontwikkeld mede met de betrokken partners zoals de politie, Veilig Thuis en beleid en uitvoering sociaal domein.'),
        (v_plan, v_zv_a, v_obj, 3, 'Er wordt ook aandacht besteed aan kinder- en mannenmishandeling');
    -- objective 2 (source lines 142-150)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_a, v_plan, '2', 'Toekomstscenario kind- en gezinsbescherming 0-100+', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_a, v_obj, 4, 'De doelen uit het landelijk programma toekomstscenario worden uitgevoerd en gemonitord in samenwerking met beleid sociaal domein.');
    -- objective 3 (source lines 152-163)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_a, v_plan, '3', 'In 2026 organiseren we een aanpak voor de doelgroep van mensen met complexe problematiek zorg en veiligheid.', 2)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_a, v_obj, 5, 'Er wordt gestart met de lokale Zorg- en Veiligheidskamer mede met beleid en uitvoering sociaal domein en betrokken partners zoals politie en Veilig Thuis. Het thema huiselijk geweld met een veiligheidsrisico komt daarin terug.');
    -- objective 4 (source lines 165-173)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_a, v_plan, '4', 'Uitvoering Mensgerichte Crisisaanpak ter voorkoming van femicide', 3)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_a, v_obj, 6, 'Aan de hand van deze aanpak worden slachtoffers in een “code rood” situatie hulp aangeboden door de inzet van de twee coördinatoren Zorg en Veiligheid in samenwerking met de andere partners.');

    -- Chapter 2, B. Personen met onbegrepen gedrag ----------------------------------------------
    -- objective 5 (source lines 181-210)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_b, v_plan, '5', 'Persoonsgerichte aanpak van inwoners met onbegrepen gedrag vormgeven', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_b, v_obj, 0, 'De bekendheid van het Kenniscentrum Onbegrepen Gedrag (KOG) van de GGD Haaglanden vergroten bij professionals binnen Team OOV&B en beleid sociaal domein .'),
        (v_plan, v_zv_b, v_obj, 1, 'De ingezette ontwikkelingen binnen het sociaal domein: bemoeizorg, signaalgericht werken, het PPP en het meldpunt bezorgd volgen mede met beleid sociaal domein, de GGD, de bemoeizorgpartners en Parnassia en bespreken met de portefeuillehouders.'),
        (v_plan, v_zv_b, v_obj, 2, 'De coördinator Woonoverlast levert input op het beleid voor inwoners met onbegrepen gedrag.'),
        (v_plan, v_zv_b, v_obj, 3, 'We monitoren jaarlijks de ingezette ontwikkelingen binnen het sociaal domein: bemoeizorg, signaalgericht werken, het Politie Parnassia Programma (PPP) en het Meldpunt Bezorgd.');
    -- objective 6 (source lines 212-229)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_b, v_plan, '6', 'Meldpunt Bezorgd is goed bekend bij professionals en inwoners.', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_b, v_obj, 4, 'Het Meldpunt Bezorgd krijgt aandacht in lokale media en al bestaande nieuwsbrieven van het sociaal domein.'),
        (v_plan, v_zv_b, v_obj, 5, 'De bekendheid van het Meldpunt Bezorgd wordt jaarlijks getoetst. Dit wordt gedaan aan de hand van het aantal meldingen bij het Meldpunt Bezorgd. Dit zijn meldingen van zowel inwoners als professionals. Dit kunnen ook het aantal views op communicatie-uitingen zijn Het aantal meldingen en views vergelijken we met die van 2025.');
    -- objective 6 (source lines 231-243)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_b, v_plan, '6', 'Inzet 24/7 triage bedden voor personen met onbegrepen gedrag bij drie gemeenten in de regio Haaglanden (Delft, Den Haag, Zoetermeer) als pilot.', 2)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_b, v_obj, 6, 'We volgen de pilot via de ambtelijke werkgroep Zorg en Veiligheid van het Zorg- en Veiligheidshuis Haaglanden met als doel de pilot te monitoren, te evalueren en waar mogelijk door te ontwikkelen naar een structurele regionale voorziening.');

    -- Chapter 2, C. Multiprobleem gezinnen ------------------------------------------------------
    -- objective 7 (source lines 251-270)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_zv_c, v_plan, '7', 'Toekomstscenario kind- en gezinsbescherming 0-100.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_zv_c, v_obj, 0, 'De doelen uit het toekomstscenario worden gemonitord mede met beleid sociaal domein. Daarnaast wordt ingeschat wat de ontwikkelingen betekenen voor Team OOV&B.'),
        (v_plan, v_zv_c, v_obj, 1, 'Er wordt input aangeleverd vanuit het Team OOV&B om te bewerkstelligen dat een stevig lokaalteam gevormd wordt.'),
        (v_plan, v_zv_c, v_obj, 2, 'Team OOV&B werkt hierin structureel samen met beleid sociaal domein en in de uitvoering met het Steunpunt Rijswijk.');

    -- Chapter 3, A. Drugshandel -----------------------------------------------------------------
    -- objective 1 (source lines 392-400)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_a, v_plan, '1', 'Zichtbare aanpak op drugshandel in combinatie met de politie. De gemeente neemt deel aan de aanpak door inzet bestuursrechtelijk instrumentarium.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_a, v_obj, 0, 'Bestuurlijke maatregelen zoals bestuursdwang en last onder dwangsom worden ingezet.');
    -- objective 2 (source lines 402-407)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_a, v_plan, '2', 'Vergroten bekendheid Meld Misdaad Anoniem (Mma).', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_a, v_obj, 1, 'Team OOV&B werkt samen met het Sociaal Domein bij de inzet van Mma-campagnes.');
    -- objective 3 (source lines 409-422)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_a, v_plan, '3', 'Voorkomen van verstoring van de openbare orde door drugsgebruik en drugshandel.', 2)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_a, v_obj, 2, 'Herijken van het Damoclesbeleid (afspraken over inzet burgemeestersbevoegdheden bij drugsoverlast).'),
        (v_plan, v_ond_a, v_obj, 3, 'Het nieuwe Damoclesbeleid wordt toegepast door Team OOV&B en Team ITH. De nieuwe handhavingsstrategie wordt gehanteerd.');

    -- Chapter 3, B. Bedrijventerreinen ----------------------------------------------------------
    -- objective 1 (source lines 431-462)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_b, v_plan, '1', 'Intensiveren preventieve inzet op goed verhuurderschap bedrijfsmatig vastgoed in relatie tot crimineel gebruik. samen met IPP Haaglanden. Zichtbaarheid en bereikbaarheid vergroten van wijkagenten en handhavers. Aanpak van illegale activiteiten binnen diverse branches.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_b, v_obj, 0, 'De twee ondermijningsBOA’s worden onder meer ingezet bij het uitvoeren van integrale controles. Zij zijn tijdens hun surveillance proactief op zoek naar interessante panden. Ook werken zij data gestuurd en werken vooraf signalen op tot casuïstiek. Regie op de aanpak gebeurt door de Regisseur Ondermijning, de daadwerkelijke aansturing van deze boa''s ligt bij team ITH.'),
        (v_plan, v_ond_b, v_obj, 1, 'Integrale controles achter de voordeur worden geïntensiveerd door de aanjaagfunctie van de Regisseur Ondermijning.'),
        (v_plan, v_ond_b, v_obj, 2, 'Team ITH en de Pandbrigade voeren preventief en signaalgerichte (integrale)bestuursrechtelijke controles uit.');
    -- objective 2 (source lines 464-484)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_b, v_plan, '2', 'Het vergroten van het bewustzijn van de risico’s van ondermijning. Verhogen van de aangiftebereidheid, vergroten vertrouwen Meld Misdaad Anoniem.', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_b, v_obj, 3, 'Het in gesprek gaan met ondernemers en het houden van een schouw om signalen op te halen en het vergroten van bewustwording.'),
        (v_plan, v_ond_b, v_obj, 4, 'Team OOV&B en Team ITH nemen deel aan het Keurmerk Veilig Ondernemen (KVO) overleg bedrijventerreinen.'),
        (v_plan, v_ond_b, v_obj, 5, 'Team OOV&B en Team ITH nemen deel aan de kenniskring bedrijventerreinen RIEC.');
    -- objective 3 (source lines 486-494)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_b, v_plan, '3', 'Het onderzoeken en toepassen van (extra) cameratoezicht.', 2)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_b, v_obj, 6, 'Team OOV&B stemt cameratoezicht af met zowel interne (Team ITH, de pandbrigade en het IIP) als externe partners (het Platform Veilig Ondernemen (PVO)) waarbij wijkveiligheid de regie heeft.');

    -- Chapter 3, C. Mensenhandel ----------------------------------------------------------------
    -- objective 1 (source lines 502-509)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_c, v_plan, '1', 'Het optimaliseren van de aanpak mensenhandel, waaronder een betere aandacht voor het slachtofferschap van de kwetsbare sekswerker', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_c, v_obj, 0, 'Realiseren van een plan van aanpak mensenhandel samen met het Sociaal Domein en andere stakeholders.');
    -- objective 2 (source lines 511-523)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_c, v_plan, '2', 'Aanpak niet vergunde prostitutie.', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_c, v_obj, 1, 'De aanpak van niet vergunde prostitutie wordt voortgezet samen met het HEIT. Wij vragen proactief hun inzet aan voor controles van de onvergunde seksbranche. We pakken aan door het inzetten van de volgende bestuurlijke instrumenten: Last Onder Dwangsom, Bestuurlijke Waarschuwing of sluiting van een pand. We hebben aandacht voor de kwetsbare functie van de sekswerker en waar mogelijk bieden wij hulp of een uitstap traject aan.');
    -- objective 3 (source lines 525-531)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_ond_c, v_plan, '3', 'Versterken aanpak van onvergunde seksinrichtingen en daarmee mogelijk (indirect) mensenhandel voor wat betreft seksuele uitbuiting.', 2)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_ond_c, v_obj, 2, 'De samenwerking met het HEIT wordt geoptimaliseerd.');

    -- Chapter 4, A. Schoolveiligheid ------------------------------------------------------------
    -- objective 1 (source lines 623-652)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_a, v_plan, '1', 'Doorontwikkelen van de aanpak Veilig Rond en In School (VRIS). Netwerk van scholen, veiligheidspartners en OV maatschappijen om kennis over thema''s rond veiligheid in en rond scholen met elkaar te delen.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_a, v_obj, 0, 'Het convenant VRIS wordt herzien samen met VO scholen, welzijn Rijswijk, politie en vervoerdersmaatschappijen. De doelstelling wordt aangescherpt en themagewijs wordt informatie uitgewisseld ten behoeve van kennisvergroting.'),
        (v_plan, v_jeu_a, v_obj, 1, 'Er worden 2 bijeenkomsten ingepland met VRIS-partners waarbij de agenda door VRIS-partners wordt bepaald.'),
        (v_plan, v_jeu_a, v_obj, 2, 'Het primair onderwijs wordt bij de VRIS-methodiek betrokken mede met vertegenwoordiging vanuit het basisonderwijs Rijswijk.'),
        (v_plan, v_jeu_a, v_obj, 3, 'Jaarlijks vindt er een bestuurlijk overleg tussen schoolbesturen, wethouder en burgemeester plaats rondom het thema veiligheid.');
    -- objective 2 (source lines 654-694)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_a, v_plan, '2', 'Verbeteren van de informatieverstrekking tussen scholen, gemeente en partners (vroegsignalering).', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_a, v_obj, 4, 'Er wordt input geleverd of onderzoek wat de meest efficiënte wijze van vroegsignalering op scholen en op straat is.'),
        (v_plan, v_jeu_a, v_obj, 5, 'Vroegsignalering (of casuïstieke overleggen) wordt op scholen voorgesteld en geïntroduceerd.'),
        (v_plan, v_jeu_a, v_obj, 6, 'Er wordt een app groep “Veiligheidscoördinatoren VO scholen” gebruikt waar een medewerker van Team OOV&B bij aanhaakt.'),
        (v_plan, v_jeu_a, v_obj, 7, 'Er wordt iedere maand een factsheet met daarin alle online trends en ontwikkelingen verspreid onder onderwijs- en veiligheidspartners.'),
        (v_plan, v_jeu_a, v_obj, 8, 'Er worden factsheetoverleggen van Epic Youth georganiseerd waarin trends en ontwikkelingen online worden geduid aan onderwijs- en veiligheidsprofessionals.'),
        (v_plan, v_jeu_a, v_obj, 9, 'Epic Youth verzorgt trainingen en lessen op voortgezet onderwijsscholen over de online leefwereld van jongeren.'),
        (v_plan, v_jeu_a, v_obj, 10, 'We sluiten aan bij de campagne Jeugdcriminaliteit van het Regionaal Samenwerkingsverband Integrale Veiligheid (RSIV)');
    -- objective 3 (source lines 696-708)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_a, v_plan, '3', 'Jaarlijks overleg met alle schoolbesturen over veiligheid', 2)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_a, v_obj, 11, 'Team OOV&B en Team jeugd, Onderwijs en Sport (JOS) werken integraal samen met de schoolbesturen.'),
        (v_plan, v_jeu_a, v_obj, 12, 'Veiligheid is een vast agendapunt in reguliere bestuursoverleggen tussen de gemeente en scholen');

    -- Chapter 4, B. Jeugd en Criminaliteit ------------------------------------------------------
    -- objective 4 (source lines 730-743)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '4', 'Jongeren hebben een stem in het beleid dat wordt opgesteld conform de aanpak van preventie met gezag.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 0, 'Er worden inloopactiviteiten georganiseerd voor jongeren bij diverse betrokken partijen zoals Welzijn Rijswijk en Don Bosco.'),
        (v_plan, v_jeu_b, v_obj, 1, 'Via regulier en online jongerenwerk werkt de gemeente samen om jongeren een stem te geven over veiligheid.');
    -- objective 5 (source lines 745-755)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '5', 'Ter ondersteuning van de jongerenparticipatie werken we met rolmodellen om laagdrempelig met jongeren in gesprek te gaan.', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 2, 'Samen met de scheidsrechter Serdar Gözübüyük (Sports Connecting Us) worden er 10 workshops georganiseerd voor jongeren op verschillende Rijswijkse sportverenigingen en scholen.');
    -- objective 6 (source lines 757-768)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '6', 'Vroegsignalering op onlinetrends en het versterken van de informatiepositie van de gemeente.', 2)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 3, 'Epic Youth geeft ons structureel een update op onlinetrends en signalen.'),
        (v_plan, v_jeu_b, v_obj, 4, 'Er wordt operationeel gericht gehandeld op deze onlinetrends en signalen.');
    -- objective 7 (source lines 770-784)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '7', 'Vergroten ouderbetrokkenheid', 3)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 5, 'Haaglanden Beweegt organiseert een stadsbrede bijeenkomst met als doel ouders meer te betrekken bij het dagelijkse leven van hun kinderen en het onderwijs dat zij volgen.'),
        (v_plan, v_jeu_b, v_obj, 6, 'Er wordt geëvalueerd met Haaglanden Beweegt, het RIEC en VRIS partners wat de meest effectieve methode is om ouderbetrokkenheid te vergroten.');
    -- objective 8 (source lines 786-810)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '8', 'Voortzetten voorlichtingsaanbod preventie jeugdcriminaliteit op scholen van het Voorgezet Onderwijs als het Primaire Onderwijs (VO en PO).', 4)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 7, 'In 2026 worden de activiteiten van Dealbreakers en Kapot Sterk voortgezet door onder andere jongerenwerkers van EPIC Youth, Welzijn Rijswijk die in 2025 gestart zijn en voortkomen uit het uitvoeringsprogramma Preventie met Gezag. Deze activiteiten breiden we uit naar een aantal scholen binnen het primair onderwijs. Dit vindt plaats in samenwerking met Team JOS en het RIEC.'),
        (v_plan, v_jeu_b, v_obj, 8, 'Stichting Halt zet extra preventietrajecten in om te voorkomen dat kinderen en jongeren mogelijk in de criminaliteit terecht komen.');
    -- objective 9 (source lines 812-838)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '9', 'Hotspot aanpak ; aanpak problematische jeugdgroepen en overlastlocaties', 5)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 9, 'Welzijn Rijswijk maakt een analyse van alle hotspot locaties in de gemeente. Aan de hand van de hotspot analyse worden samen met de politie, Team ITH en welzijn Rijswijk een integraal plan van aanpak opgesteld.'),
        (v_plan, v_jeu_b, v_obj, 10, 'Er worden buurtcoaches of stewards ingezet om de sociale veiligheid in specifieke hotspotgebieden te verbeteren mede met beveiligingsbedrijven die opgeleide straatcoaches in dienst hebben.'),
        (v_plan, v_jeu_b, v_obj, 11, 'De inzet van de verschillende partners op de hotspot aanpak wordt geëvalueerd met de politie, jongerenwerkers Welzijn Rijswijk, Handhaving en belanghebbende zoals scholen.');
    -- objective 10 (source lines 840-852)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '10', 'Groepsaanpak conform 7 stappenmodel', 6)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 12, 'Het 7-stappen model wordt in het gemeentelijk beleid geïmplementeerd.'),
        (v_plan, v_jeu_b, v_obj, 13, 'Er worden afspraken vastgelegd met organisaties die met het 7-stappen model werken met de Politie, Handhaving en Jongerenwerk Welzijn Rijswijk.');
    -- objective 11 (source lines 854-876)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_jeu_b, v_plan, '11', 'Persoonsgerichte aanpak via lokale Zorg en Veiligheidskamer', 7)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_jeu_b, v_obj, 14, 'Een lokale kamer Zorg en Veiligheid voor persoonsgerichte aanpak jeugd en aanpak huiselijk geweld en kindermishandeling wordt ingericht.'),
        (v_plan, v_jeu_b, v_obj, 15, 'Werkprocessen en afspraken rond gegevensdeling worden vastgelegd met Juridische Zaken en Privacyofficiers en deelnemende partijen van de lokale kamer bij Maatschappelijke Ontwikkelingen.'),
        (v_plan, v_jeu_b, v_obj, 16, 'Er wordt een persoonsvolgsysteem of beter gezegd een monitoringssysteem geïmplementeerd waarin casussen worden behandeld en waar de veiligheidspartners in een beschermde omgeving informatie kunnen delen.');

    -- Chapter 5, A. Schoon, Heel en Veilig ------------------------------------------------------
    -- objective 1 (source lines 1088-1098)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_mv_a, v_plan, '1', 'Schoon, heel en veilig', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_mv_a, v_obj, 0, 'De gemeente organiseert minimaal twee keer per jaar afstemming met de corporaties (eventueel aangevuld met belangstellenden uit de huurdersorganisaties en bewonerscommissies) rondom leefbaarheid en veiligheid met als doel de inzet op elkaar af te stemmen, optimaal samen te werken en een gezamenlijke aanpak voor het opvolgende jaar te stellen.');

    -- Chapter 5, B. Wijkveiligheid --------------------------------------------------------------
    -- objective 2 (source lines 1107-1112)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_mv_b, v_plan, '2', 'Participeren bondgenoten systematiek', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_mv_b, v_obj, 0, 'De gemeente haakt aan en levert input bij het politieproject Bondgenoten.');
    -- objective 3 (source lines 1114-1143)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_mv_b, v_plan, '3', 'Aanpak maatschappelijke weerbaarheid en veerkracht inwoners, ondernemers en gemeentelijke organisatie (niet alleen vanuit veiligheid).', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_mv_b, v_obj, 1, 'De gemeente heeft een projectleider maatschappelijke weerbaarheid aangenomen die een plan gaat opstellen in samenspraak met de regionale projectleider weerbaarheid van de Veiligheidsregio Haaglanden.'),
        (v_plan, v_mv_b, v_obj, 2, 'Bestaande initiatieven, sociale netwerken en projecten binnen de organisatie en de stad worden in kaart gebracht. Dit doen we samen met inwoners, maatschappelijke partners om kansen en behoeften te verkennen;'),
        (v_plan, v_mv_b, v_obj, 3, 'Op basis van de inventarisatie stellen we een uitvoeringskader op met adviezen over maatregelen en middeleninzet.'),
        (v_plan, v_mv_b, v_obj, 4, 'Het uitvoeringskader wordt omgezet in actie: initiatieven worden versterkt, maatregelen worden uitgevoerd en structureel verankerd binnen de organisatie en de samenleving.');

    -- Chapter 5, C. Verkeersveiligheid ----------------------------------------------------------
    -- objective 4 (source lines 1149-1167)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_mv_c, v_plan, '4', 'Terugdringen van ongevallen waarbij (brom)fietsers en voetgangers zijn betrokken', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_mv_c, v_obj, 0, 'Creëren van veilige schoolomgevingen met schoolzones om bewustwording bij automobilisten te vergroten.'),
        (v_plan, v_mv_c, v_obj, 1, 'Het verminderen van het snelheidsverschil tussen verkeersdeelnemers door op wegen waar fietsers en gemotoriseerd verkeer de maximumsnelheid te verlagen naar 30 km/uur.'),
        (v_plan, v_mv_c, v_obj, 2, 'Uitrollen van campagnes ‘Licht AAN’, MONO, BOB en ‘Wij gaan weer naar school’.');
    -- objective 5 (source lines 1169-1197)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_mv_c, v_plan, '5', 'Terugdringen verkeersoverlast en verkeersonveilige situaties', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_mv_c, v_obj, 3, 'Er wordt zichtbaar en consistent gehandhaafd door Team ITH op blackspots (>6 gewonden binnen drie jaar) door deze in kaart te brengen en afspraken te maken over snelle opvolging.'),
        (v_plan, v_mv_c, v_obj, 4, 'Toezien op snelheid autoverkeer bij fietsstraten, 30 km zones en 50 km zones bij o.a. oversteekplaatsen en ongeregelde kruispunten.'),
        (v_plan, v_mv_c, v_obj, 5, 'De bestaande aanpak fatbikeproblematiek wordt voortgezet met een nadruk op handhaving van het gedrag van de gebruikers en overlast. We sluiten aan bij de landelijke ontwikkelingen ten aan zien van regels die overlast van fatbikes moeten voorkomen.'),
        (v_plan, v_mv_c, v_obj, 6, 'Op basis van concrete informatie van overlast c.q. gevaarlijke situaties vanuit de teams OOV&B en ITH starten we projecten ter verbetering van de verkeersveiligheid.');

    -- Chapter 6, A. Cybercrime en gedigitaliseerde criminaliteit --------------------------------
    -- objective 1 (source lines 1296-1312)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_cyb_a, v_plan, '1', 'Realiseren lokale alliantie aanpak cybercrime en gedigitaliseerde criminaliteit met belangrijke samenwerkingspartners zoals digitale wijkagent, banken, slachtofferhulp, gemeente, vertegenwoordiging ondernemers, etc.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_cyb_a, v_obj, 0, 'Voor de aanpak van cybercrime en gedigitaliseerde criminaliteit wordt gestart met het inzichtelijk maken van het speelveld en de beschikbare data. Hiermee wordt de basis gelegd voor datagericht werken binnen dit thema. De data over cybercrime en fraude wordt gehaald vanaf het dataportaal van de politie.');
    -- objective 2 (source lines 1314-1323)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_cyb_a, v_plan, '2', 'Bewustwording en voorlichting over de gevolgen van cybercrime en horizontale fraude aan inwoners, ondernemers en jongeren.', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_cyb_a, v_obj, 1, 'Naast het ophalen van data binnen dit thema worden de jongerenwerkers van Epic Youth ingezet om jongeren bewust te maken en voorlichting te geven.');

    -- Chapter 6, B. Senioren en Veiligheid ------------------------------------------------------
    -- objective 3 (source lines 1332-1344)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_cyb_b, v_plan, '3', 'Bewustwording vergroten.', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_cyb_b, v_obj, 0, 'Cybercrime en gedigitaliseerde criminaliteit worden toegevoegd als herkenbare thema’s bij veiligheidstrainingen voor senioren.'),
        (v_plan, v_cyb_b, v_obj, 1, 'De gemeente sluit aan bij bestaande (regionale/landelijke) initiatieven en campagnes zoals die van het Regionaal Samenwerkingsverband Integrale Veiligheid (RSIV) en organiseert zelf een campagne om awareness te vergroten voor gedigitaliseerde criminaliteit.');
    -- objective 4 (source lines 1346-1361)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_cyb_b, v_plan, '4', 'Weerbaarheid versterken tegen babbeltrucs en fenomenen als nepagenten.', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_cyb_b, v_obj, 2, 'Op basis van de bevindingen uit de data-inventarisatie worden samen met de politieacties uitgevoerd gericht op het vergroten van de weerbaarheid tegen babbeltrucs en fenomenen zoals nepagenten.'),
        (v_plan, v_cyb_b, v_obj, 3, 'Samen met de politie houden we informatiebijeenkomsten voor ouderen op diverse locaties in de stad (zoals wijkcentrum Ottoburg, wijkcentrum Stervoorde)');

    -- Chapter 10 'Communicatie' -----------------------------------------------------------------
    -- objective 1 (source lines 1615-1630)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_com, v_plan, '1', 'Consistente en efficiënte interne communicatie', 0)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_com, v_obj, 0, 'Er worden veiligheidsonderwerpen opgenomen in de communicatiekalender Veiligheid. Hierdoor zorgen we voor een brede verspreiding van interessante onderwerpen binnen de juiste netwerken.'),
        (v_plan, v_com, v_obj, 1, 'Updates plaatsen op Edison over veiligheidsthema''s en projecten als cameratoezicht en PMG om de gemeentelijke organisatie beter te informeren.');
    -- objective 2 (source lines 1632-1644)
    insert into objective (theme_id, plan_id, number, text, position)
    values (v_com, v_plan, '2', 'Consistente en efficiënte externe Communicatie', 1)
    returning id into v_obj;
    insert into activity (plan_id, theme_id, objective_id, position, title) values
        (v_plan, v_com, v_obj, 2, 'Iedere maand publiceert Team OOV&B nieuwe content die aansluit bij onze doelen en doelgroepen in de communicatiekalender.'),
        (v_plan, v_com, v_obj, 3, 'Team OOV&B en Team ITH updaten de gemeentepagina, waar alle relevante informatie wordt gebundeld over veiligheidsonderwerpen.');

    -- 'Wie hebben we daarvoor nodig?' -> BETROKKEN on every action of the sub-themes the list belongs to;
    -- wording = the list item as printed. 'Ouders/verzorgers' is no organisation and stays in the
    -- narrative only; a list item naming two organisations links both with the same wording.
    -- chapter 2 (lines 276-279)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('rijswijk-sociaal-domein', 'Teams beleid en uitvoering sociaal domein (jeugd en volwassenen)', 0),
        ('ggz', 'GGZ', 1),
        ('ggd-haaglanden', 'GGD Haaglanden', 2),
        ('politie', 'Politie', 3)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_zv_a, v_zv_b, v_zv_c);
    get diagnostics v_rows = row_count;
    if v_rows <> 68 then raise exception 'BETROKKEN chapter 2: expected 68 links, made %', v_rows; end if;

    -- chapter 3 (lines 535-542)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('politie', 'Politie', 0),
        ('openbaar-ministerie', 'Openbaar Ministerie', 1),
        ('rijswijk-team-ith', 'Team ITH', 2),
        ('rijswijk-pandbrigade', 'Rijswijkse Pandbrigade', 3),
        ('nederlandse-arbeidsinspectie', 'Nederlandse Arbeidsinspectie (NLA)', 4),
        ('nvwa', 'Nederlandse Voedsel- en Waren autoriteit (NVWA)', 5),
        ('expertisecentrum-mensenhandel-mensensmokkel', 'Expertisecentrum Mensenhandel & Mensensmokkel', 6)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_ond_a, v_ond_b, v_ond_c);
    get diagnostics v_rows = row_count;
    if v_rows <> 98 then raise exception 'BETROKKEN chapter 3: expected 98 links, made %', v_rows; end if;

    -- chapter 4 A (lines 713-720)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('primair-onderwijs-rijswijk', 'Primair onderwijs', 0),
        ('voortgezet-onderwijs-rijswijk', 'Voortgezet onderwijs', 1),
        ('welzijn-rijswijk', 'Welzijn Rijswijk (Jongerenwerk, Jongerencentrum Nextgen)', 2),
        ('epic-youth', 'Epic Youth', 3),
        ('politie', 'Politie', 4),
        ('riec-haaglanden', 'RIEC', 5),
        ('netwerk-veilige-scholen', 'Netwerk Veilige Scholen', 6)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_jeu_a);
    get diagnostics v_rows = row_count;
    if v_rows <> 91 then raise exception 'BETROKKEN chapter 4 A: expected 91 links, made %', v_rows; end if;

    -- chapter 4 B (lines 882-903)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('primair-onderwijs-rijswijk', 'Primair onderwijs', 0),
        ('voortgezet-onderwijs-rijswijk', 'Voortgezet onderwijs', 1),
        ('welzijn-rijswijk', 'Welzijn Rijswijk', 2),
        ('don-bosco-rijswijk', 'Don Bosco', 3),
        ('epic-youth', 'Epic Youth', 4),
        ('politie', 'Politie', 5),
        ('sports-connecting-us', 'Sports connecting us', 6),
        ('openbaar-ministerie', 'Openbaar Ministerie (OM)', 7),
        ('reclassering', 'Reclassering Nederland', 8),
        ('riec-haaglanden', 'RIEC', 9),
        ('zorg-en-veiligheidshuis-haaglanden', 'Zorg en Veiligheidshuis Haaglanden (ZVHH)', 10),
        ('gemeente-den-haag', 'Gemeente Den Haag en gemeente Delft', 11),
        ('gemeente-delft', 'Gemeente Den Haag en gemeente Delft', 12),
        ('rijswijk-team-jos', 'Team jeugd, onderwijs en sport (JOS)', 13),
        ('rijswijk-sociaal-domein', 'Sociaal Domein', 14),
        ('rijswijk-team-ith', 'Team Handhaving', 15),
        ('rijswijk-team-economische-zaken', 'Team Economische Zaken', 16),
        ('rijswijk-team-jz', 'Team JZ (privacy juristen)', 17),
        ('rijswijk-team-leerplicht', 'Team Leerplicht', 18),
        ('rijswijk-team-jeugd', 'Team Jeugd', 19),
        ('rijswijk-team-mep', 'Team Mobiliteit en Parkeren (veiligheid schoolzones)', 20)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_jeu_b);
    get diagnostics v_rows = row_count;
    if v_rows <> 357 then raise exception 'BETROKKEN chapter 4 B: expected 357 links, made %', v_rows; end if;

    -- chapter 5 (lines 1202-1205)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('rijswijk-team-mep', 'Team Mobiliteit en Parkeren (MEP)', 0),
        ('rijswijk-team-ith', 'Team Handhaving (boa’s)', 1),
        ('politie', 'Politie', 2),
        ('rijswijk-kwartiermaker-maatschappelijke-weerbaarheid', 'Kwartiermaker Maatschappelijke weerbaarheid', 3)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_mv_a, v_mv_b, v_mv_c);
    get diagnostics v_rows = row_count;
    if v_rows <> 52 then raise exception 'BETROKKEN chapter 5: expected 52 links, made %', v_rows; end if;

    -- chapter 6 (lines 1366-1370)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('politie', 'Politie', 0),
        ('bbr-rijswijk', 'BBR', 1),
        ('winkeliersvereniging-in-de-bogaard', 'Winkeliersverenigingen In de Bogaard en Oud Rijswijk', 2),
        ('winkeliersvereniging-oud-rijswijk', 'Winkeliersverenigingen In de Bogaard en Oud Rijswijk', 3),
        ('platform-veilig-ondernemen', 'Platform Veilig Ondernemen (PVO)', 4),
        ('rsiv', 'Regionaal Samenwerkingsverband Integrale Veiligheid (RSIV)', 5)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_cyb_a, v_cyb_b);
    get diagnostics v_rows = row_count;
    if v_rows <> 36 then raise exception 'BETROKKEN chapter 6: expected 36 links, made %', v_rows; end if;

    -- chapter 10 (lines 1649-1650)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('rijswijk-team-communicatie', 'Team Communicatie', 0),
        ('rijswijk-team-ith', 'Team ITH', 1)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_com);
    get diagnostics v_rows = row_count;
    if v_rows <> 8 then raise exception 'BETROKKEN chapter 10: expected 8 links, made %', v_rows; end if;

    -- 'Wie heeft de regie?' -> REGIE where the text names an organisation for identifiable actions
    -- (the full text is theme.lead). Chapter 2 and 3 name no organisation for specific actions ('de
    -- gemeente', 'per casus'); chapter 5's 'Wijkveiligheid ligt bij Team OOV&B' covers no action that a
    -- more specific sentence does not already cover.
    -- chapter 4 A: 'De regie op schoolveiligheid ligt bij de gemeentelijke teams OOV&B en JOS' (line 724), every action of A
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'REGIE', x.wording, x.position
    from activity a
    cross join (values
        ('rijswijk-team-oovb', 'OOV&B', 0),
        ('rijswijk-team-jos', 'JOS', 1)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_jeu_a);
    get diagnostics v_rows = row_count;
    if v_rows <> 26 then raise exception 'REGIE chapter 4 A: expected 26 links, made %', v_rows; end if;

    -- chapter 4 B: 'De regie ligt bij de team OOV&B' (line 907), every action of B
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'REGIE', x.wording, x.position
    from activity a
    cross join (values
        ('rijswijk-team-oovb', 'team OOV&B', 0)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_jeu_b);
    get diagnostics v_rows = row_count;
    if v_rows <> 17 then raise exception 'REGIE chapter 4 B: expected 17 links, made %', v_rows; end if;

    -- chapter 6: 'De regie op Cybercrime ... en Senioren en Veiligheid ligt bij Team OOV&B' (lines 1374-1375)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'REGIE', x.wording, x.position
    from activity a
    cross join (values
        ('rijswijk-team-oovb', 'Team OOV&B', 0)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_cyb_a, v_cyb_b);
    get diagnostics v_rows = row_count;
    if v_rows <> 6 then raise exception 'REGIE chapter 6: expected 6 links, made %', v_rows; end if;

    -- chapter 10: 'ligt bij Team OOV&B en bij Team ITH' (lines 1654-1655), every action of chapter 10
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'REGIE', x.wording, x.position
    from activity a
    cross join (values
        ('rijswijk-team-oovb', 'Team OOV&B', 0),
        ('rijswijk-team-ith', 'Team ITH', 1)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    where a.plan_id = v_plan and a.theme_id in (v_com);
    get diagnostics v_rows = row_count;
    if v_rows <> 8 then raise exception 'REGIE chapter 10: expected 8 links, made %', v_rows; end if;

    -- chapter 5 (lines 1209-1216): Team MEP for the physical measures and campaigns of
    -- objective 4, Handhaving for the fatbike action, the politie for Bondgenoten, the kwartiermaker for
    -- objective 3
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'REGIE', x.wording, x.position
    from (values
        (v_mv_c, 0, 'rijswijk-team-mep', 'Team MEP', 0),  -- Creëren van veilige schoolomgevingen met schoolzones om...
        (v_mv_c, 1, 'rijswijk-team-mep', 'Team MEP', 0),  -- Het verminderen van het snelheidsverschil tussen verkee...
        (v_mv_c, 2, 'rijswijk-team-mep', 'Team MEP', 0),  -- Uitrollen van campagnes ‘Licht AAN’, MONO, BOB en ‘Wij ...
        (v_mv_c, 5, 'rijswijk-team-ith', 'Handhaving', 0),  -- De bestaande aanpak fatbikeproblematiek wordt voortgeze...
        (v_mv_b, 0, 'politie', 'politie', 0),  -- De gemeente haakt aan en levert input bij het politiepr...
        (v_mv_b, 1, 'rijswijk-kwartiermaker-maatschappelijke-weerbaarheid', 'Projectleider/-Kwartiermaker Maatschappelijke weerbaarheid', 0),  -- De gemeente heeft een projectleider maatschappelijke we...
        (v_mv_b, 2, 'rijswijk-kwartiermaker-maatschappelijke-weerbaarheid', 'Projectleider/-Kwartiermaker Maatschappelijke weerbaarheid', 0),  -- Bestaande initiatieven, sociale netwerken en projecten ...
        (v_mv_b, 3, 'rijswijk-kwartiermaker-maatschappelijke-weerbaarheid', 'Projectleider/-Kwartiermaker Maatschappelijke weerbaarheid', 0),  -- Op basis van de inventarisatie stellen we een uitvoerin...
        (v_mv_b, 4, 'rijswijk-kwartiermaker-maatschappelijke-weerbaarheid', 'Projectleider/-Kwartiermaker Maatschappelijke weerbaarheid', 0)   -- Het uitvoeringskader wordt omgezet in actie: initiatiev...
    ) as x (theme_id, activity_position, key, wording, position)
    join activity a on a.plan_id = v_plan and a.theme_id = x.theme_id and a.position = x.activity_position
    join partner p on p.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 9 then raise exception 'REGIE chapter 5: expected 9 links, made %', v_rows; end if;

    -- TREKKER: the organisations an action's own text names as the ones carrying it out (the 'tenzij anders
    -- aangegeven' of chapter 1); when Team OOV&B is named together with another team both are linked.
    -- Actions that only work 'samen met' / 'mede met' an organisation get no TREKKER link.
    -- named executors (see the derivations note for each action)
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, p.id, 'TREKKER', x.wording, x.position
    from (values
        (v_ond_a, 3, 'rijswijk-team-oovb', 'Team OOV&B', 0),  -- Het nieuwe Damoclesbeleid wordt toegepast door Team OOV...
        (v_ond_a, 3, 'rijswijk-team-ith', 'Team ITH', 1),  -- Het nieuwe Damoclesbeleid wordt toegepast door Team OOV...
        (v_ond_b, 0, 'rijswijk-team-ith', 'team ITH', 0),  -- De twee ondermijningsBOA’s worden onder meer ingezet bi...
        (v_ond_b, 2, 'rijswijk-team-ith', 'Team ITH', 0),  -- Team ITH en de Pandbrigade voeren preventief en signaal...
        (v_ond_b, 2, 'rijswijk-pandbrigade', 'de Pandbrigade', 1),  -- Team ITH en de Pandbrigade voeren preventief en signaal...
        (v_ond_b, 4, 'rijswijk-team-oovb', 'Team OOV&B', 0),  -- Team OOV&B en Team ITH nemen deel aan het Keurmerk Veil...
        (v_ond_b, 4, 'rijswijk-team-ith', 'Team ITH', 1),  -- Team OOV&B en Team ITH nemen deel aan het Keurmerk Veil...
        (v_ond_b, 5, 'rijswijk-team-oovb', 'Team OOV&B', 0),  -- Team OOV&B en Team ITH nemen deel aan de kenniskring be...
        (v_ond_b, 5, 'rijswijk-team-ith', 'Team ITH', 1),  -- Team OOV&B en Team ITH nemen deel aan de kenniskring be...
        (v_jeu_a, 8, 'epic-youth', 'Epic Youth', 0),  -- Er worden factsheetoverleggen van Epic Youth georganise...
        (v_jeu_a, 9, 'epic-youth', 'Epic Youth', 0),  -- Epic Youth verzorgt trainingen en lessen op voortgezet ...
        (v_jeu_a, 11, 'rijswijk-team-oovb', 'Team OOV&B', 0),  -- Team OOV&B en Team jeugd, Onderwijs en Sport (JOS) werk...
        (v_jeu_a, 11, 'rijswijk-team-jos', 'Team jeugd, Onderwijs en Sport (JOS)', 1),  -- Team OOV&B en Team jeugd, Onderwijs en Sport (JOS) werk...
        (v_jeu_b, 3, 'epic-youth', 'Epic Youth', 0),  -- Epic Youth geeft ons structureel een update op onlinetr...
        (v_jeu_b, 5, 'haaglanden-beweegt', 'Haaglanden Beweegt', 0),  -- Haaglanden Beweegt organiseert een stadsbrede bijeenkom...
        (v_jeu_b, 7, 'epic-youth', 'EPIC Youth', 0),  -- In 2026 worden de activiteiten van Dealbreakers en Kapo...
        (v_jeu_b, 7, 'welzijn-rijswijk', 'Welzijn Rijswijk', 1),  -- In 2026 worden de activiteiten van Dealbreakers en Kapo...
        (v_jeu_b, 8, 'halt', 'Stichting Halt', 0),  -- Stichting Halt zet extra preventietrajecten in om te vo...
        (v_jeu_b, 9, 'welzijn-rijswijk', 'Welzijn Rijswijk', 0),  -- Welzijn Rijswijk maakt een analyse van alle hotspot loc...
        (v_mv_c, 3, 'rijswijk-team-ith', 'Team ITH', 0),  -- Er wordt zichtbaar en consistent gehandhaafd door Team ...
        (v_com, 3, 'rijswijk-team-oovb', 'Team OOV&B', 0),  -- Team OOV&B en Team ITH updaten de gemeentepagina, waar ...
        (v_com, 3, 'rijswijk-team-ith', 'Team ITH', 1)   -- Team OOV&B en Team ITH updaten de gemeentepagina, waar ...
    ) as x (theme_id, activity_position, key, wording, position)
    join activity a on a.plan_id = v_plan and a.theme_id = x.theme_id and a.position = x.activity_position
    join partner p on p.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 22 then raise exception 'TREKKER named executors: expected 22 links, made %', v_rows; end if;

    -- KPI's --------------------------------------------------------------------------------------------------
    -- name = the KPI as printed (without its list number); position = document order over the plan;
    -- target_year 2026 (the plan year; 'geldt dit uitvoeringsplan in beginsel alleen voor 2026').
    -- 'ten minste' / 'minimaal' / 'op zijn minst' / 'minstens' -> AT_LEAST, a bare number -> EQUAL;
    -- no number -> MILESTONE. theme = the sub-theme (chapter 2, 4, 5: from the printed group heading),
    -- objective where the group heading or the wording points at one objective.
    -- 0 (source lines 290-291)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_zv_a, (select id from objective where plan_id = v_plan and theme_id = v_zv_a and position = 0), 0,
            'In de 1e helft van 2026 is het lokale plan van aanpak huiselijk geweld door het team Sociaal Domein opgeleverd.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 1 (source lines 293-295)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_zv_a, (select id from objective where plan_id = v_plan and theme_id = v_zv_a and position = 1), 1,
            'Team OOV&B neemt minimaal 2× per jaar deel aan een ketenoverleg waarin de veiligheidsaspecten van het toekomstscenario kind- en gezinsbescherming worden besproken.',
            'keer per jaar', 'NUMERIC', 'AT_LEAST', 2, null, 2026);
    -- 2 (source lines 297-298)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_zv_a, (select id from objective where plan_id = v_plan and theme_id = v_zv_a and position = 2), 2,
            'We richten een lokale Zorg- en Veiligheidskamer in voor een eenduidige manier in samenwerken tussen zorg en veiligheid.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 3 (source lines 301-304)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_zv_b, (select id from objective where plan_id = v_plan and theme_id = v_zv_b and position = 2), 3,
            'De voortgang en knelpunten van de pilot 24/7 triagebedden worden minimaal 2× per jaar besproken in ambtelijke werkgroep Zorg en Veiligheid van het Zorg- en Veiligheidshuis Haaglanden en teruggekoppeld aan Team OOV&B.',
            'keer per jaar', 'NUMERIC', 'AT_LEAST', 2, null, 2026);
    -- 4 (source line 552)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond, null, 4,
            'Ten minste 10 bestuurlijke, integrale controles zijn uitgevoerd.',
            'controles', 'NUMERIC', 'AT_LEAST', 10, null, 2026);
    -- 5 (source lines 555-557)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond, null, 5,
            'Hercontroles bij bedrijven waar eerder misstanden werden geconstateerd, zijn uitgevoerd door medewerkers van Team ITH.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 6 (source line 560)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond, null, 6,
            'Er zijn ten minste 4 bestuurlijke controles geweest met speurhonden.',
            'controles', 'NUMERIC', 'AT_LEAST', 4, null, 2026);
    -- 7 (source line 563)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond, null, 7,
            'Alle BOA''s worden opgeleid in de aanpak van casussen ondermijning.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 8 (source line 565)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond_c, null, 8,
            'De lokale regels op sekswerk in de APV zijn geactualiseerd.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 9 (source lines 568-569)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond_c, (select id from objective where plan_id = v_plan and theme_id = v_ond_c and position = 2), 9,
            'Met het HEIT zijn de afspraken aangescherpt over hoe te handelen bij aantreffen van onvergunde seksinrichtingen. Waar mogelijk hanteren we spoedsluitingen.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 10 (source lines 572-574)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond, null, 10,
            'Alle medewerkers van afdelingen met een verhoogd risico op ondermijning, zoals burgerzaken en Team ITH nemen deel aan een verplichte training ondermijning.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 11 (source lines 577-578)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_ond, null, 11,
            'Het lokale signalenoverleg ondermijning is opgezet, waarin operationele afspraken worden gemaakt met partners ter voorkoming van ondermijning.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 12 (source lines 913-915)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_a, (select id from objective where plan_id = v_plan and theme_id = v_jeu_a and position = 0), 12,
            'In 2026 is er een nieuwe VRIS 2.0 convenant opgesteld in samenwerking met de verschillende partners.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 13 (source lines 921-923)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_a, (select id from objective where plan_id = v_plan and theme_id = v_jeu_a and position = 1), 13,
            'In 2026 zijn er 12 factsheets gedeeld met betrekking tot de online leefwereld met betrokken en relevante partners.',
            'factsheets', 'NUMERIC', 'EQUAL', 12, null, 2026);
    -- 14 (source lines 924-926)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_a, (select id from objective where plan_id = v_plan and theme_id = v_jeu_a and position = 1), 14,
            'In 2026 zijn er op zijn minst 5 factsheetoverleggen geweest ter verduidelijking van de factsheets.',
            'factsheetoverleggen', 'NUMERIC', 'AT_LEAST', 5, null, 2026);
    -- 15 (source lines 927-929)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_a, (select id from objective where plan_id = v_plan and theme_id = v_jeu_a and position = 1), 15,
            'In 2026 is er een vroegsignalering aanpak opgezet in samenwerking met betrokken partners.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 16 (source lines 930-932)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_a, (select id from objective where plan_id = v_plan and theme_id = v_jeu_a and position = 1), 16,
            'Er zijn 3 voorlichtingsbijeenkomsten van Epic Youth gericht aan professionals en ouders met betrekking tot de online leefwereld van jongeren georganiseerd.',
            'voorlichtingsbijeenkomsten', 'NUMERIC', 'EQUAL', 3, null, 2026);
    -- 17 (source lines 937-940)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_a, (select id from objective where plan_id = v_plan and theme_id = v_jeu_a and position = 2), 17,
            'In 2026 is er in samenwerking met team JO&S een onderzoek gedaan op welke manier de schoolbesturen beter betrokken kunnen worden bij het beleid ter bevordering van de schoolveiligheid.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 18 (source lines 946-947)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 0), 18,
            'In 2026 worden er verschillende activiteiten georganiseerd bij de betrokken partners met betrekking tot jeugdparticipatie.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 19 (source lines 949-950)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 0), 19,
            'In 2026 worden er 3 sessies georganiseerd met jongeren en partner organisaties ter bevordering van veiligheidsbeleid.',
            'sessies', 'NUMERIC', 'EQUAL', 3, null, 2026);
    -- 20 (source lines 957-960)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 1), 20,
            'Er worden 10 workshops georganiseerd in 2026 op verschillende sportverenigingen en scholen ter versterking van de jeugdparticipatie. Er komt een evaluatie op de inzet van deze methode conform het uitvoeringsprogramma van Preventie met Gezag.',
            'workshops', 'NUMERIC', 'EQUAL', 10, null, 2026);
    -- 21 (source lines 965-966)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 2), 21,
            'In 2026 worden er 12 factsheets gedeeld met de gemeente ter bevordering van de informatiepositie.',
            'factsheets', 'NUMERIC', 'EQUAL', 12, null, 2026);
    -- 22 (source lines 968-972)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 3), 22,
            'Er wordt in 2026 minimaal één bijeenkomst georganiseerd voor ouders/verzorgers van kinderen die in Rijswijk onderwijs volgen (zowel primair- als voorgezet onderwijs), gericht op handvatten rondom de online leefwereld van jongeren, passend binnen Dealbreakers en PMG.',
            'bijeenkomsten', 'NUMERIC', 'AT_LEAST', 1, null, 2026);
    -- 23 (source lines 978-980)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 4), 23,
            'Alle scholen die van het Dealbreakers programma gebruik maken zetten het lesaanbod voort in overeenstemming met de doorlopende leerlijn.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 24 (source line 981)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 4), 24,
            'Op 5 scholen voor het primair onderwijs wordt het Kapot Sterk lesaanbod gegeven.',
            'scholen', 'NUMERIC', 'EQUAL', 5, null, 2026);
    -- 25 (source lines 982-984)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 4), 25,
            'Stichting Halt heeft 20 individuele preventietrajecten en 20 voorlichtingslessen op school uitgevoerd.',
            'individuele preventietrajecten', 'NUMERIC', 'EQUAL', 20, null, 2026);
    -- 26 (source lines 982-984)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 4), 26,
            'Stichting Halt heeft 20 individuele preventietrajecten en 20 voorlichtingslessen op school uitgevoerd.',
            'voorlichtingslessen op school', 'NUMERIC', 'EQUAL', 20, null, 2026);
    -- 27 (source line 989)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 5), 27,
            'Op minstens 2 hotspotlocaties wordt een integrale aanpak opgezet;',
            'hotspotlocaties', 'NUMERIC', 'AT_LEAST', 2, null, 2026);
    -- 28 (source lines 990-992)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 5), 28,
            'Er vinden 3 afstemmingsoverleggen met veiligheidspartners plaats waarvan 1 een evaluatie is op de gekozen aanpak.',
            'afstemmingsoverleggen', 'NUMERIC', 'EQUAL', 3, null, 2026);
    -- 29 (source lines 993-995)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 5), 29,
            'Er vindt in de zomer van 2026 hotspotanalyse plaats om nieuwe plekken aan te wijzen.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 30 (source line 999)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 6), 30,
            'Samenwerkingsafspraken over aanpak jeugdgroepen worden vastgelegd.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 31 (source lines 1003-1005)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 7), 31,
            'In 2026 wordt een kernteam samengesteld waarbij taken, mandaat, werkprocessen en rolververdeling zijn bepaald.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 32 (source line 1006)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 7), 32,
            'Een procesregisseur PGA Jeugd met een voltijdaanstelling treedt in dienst.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 33 (source lines 1007-1009)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 7), 33,
            'Samenwerkingsafspraken zijn vastgelegd (in convenanten, privacy-protocollen of intentieverklaringen.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 34 (source lines 1010-1012)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_jeu_b, (select id from objective where plan_id = v_plan and theme_id = v_jeu_b and position = 7), 34,
            'Er wordt een persoonsvolgsysteem geïmplementeerd in overeenstemming met de Privacywet (AVG)en Archiefwet.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 35 (source lines 1224-1225)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_a, (select id from objective where plan_id = v_plan and theme_id = v_mv_a and position = 0), 35,
            'Team OOV&B en Team ITH leveren informatie aan Team MEP met betrekking tot onveilige verkeerssituaties.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 36 (source lines 1227-1228)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_a, (select id from objective where plan_id = v_plan and theme_id = v_mv_a and position = 0), 36,
            'Er worden met de politie meerdere gerichte handhavingsacties uitgevoerd op belangrijke locaties.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 37 (source lines 1230-1232)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_a, (select id from objective where plan_id = v_plan and theme_id = v_mv_a and position = 0), 37,
            '1 à 2 wijken worden geselecteerd voor gerichte inzet: In de geselecteerde wijken worden concrete activiteiten uitgevoerd gericht op (verkeers-) veiligheid.',
            'wijken', 'NUMERIC', null, null, '1 à 2', 2026);
    -- 38 (source line 1237)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_b, null, 38,
            'Hotspots voor zwerfafval en vuilnis worden door Team ITH aangepakt.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 39 (source lines 1238-1240)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_b, null, 39,
            'Er worden werkafspraken gemaakt over snelle opvolging (handhaving en beheer).',
            null, 'MILESTONE', null, null, null, 2026);
    -- 40 (source line 1241)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_b, null, 40,
            'In de geselecteerde hotspots wordt zichtbare handhaving toegepast.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 41 (source line 1246)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_b, (select id from objective where plan_id = v_plan and theme_id = v_mv_b and position = 0), 41,
            'De gemeente neemt actief deel aan het politieproject Bondgenoten.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 42 (source line 1247)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_b, (select id from objective where plan_id = v_plan and theme_id = v_mv_b and position = 0), 42,
            'Met de politie wordt de voortgang gemonitord.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 43 (source lines 1252-1255)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_c, (select id from objective where plan_id = v_plan and theme_id = v_mv_c and position = 1), 43,
            'Team OOV&B en Team ITH hebben vaste afstemmomenten waarbij informatie wordt gedeeld met Team MEP over verkeersonveilige situaties. Indien nodig sluit Team MEP aan bij het integraal veiligheidsoverleg met politie en handhaving.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 44 (source lines 1257-1259)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_mv_c, (select id from objective where plan_id = v_plan and theme_id = v_mv_c and position = 1), 44,
            'Er worden in overleg met Team MEP door de politie meerdere gerichte handhavingsacties uitgevoerd op locaties die qua verkeersonveiligheid eruit springen.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 45 (source lines 1380-1382)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_cyb_b, (select id from objective where plan_id = v_plan and theme_id = v_cyb_b and position = 1), 45,
            'Minimaal twee informatiebijeenkomsten voor ouderen om de weerbaarheid te vergroten zijn samen met de politie georganiseerd.',
            'informatiebijeenkomsten', 'NUMERIC', 'AT_LEAST', 2, null, 2026);
    -- 46 (source lines 1657-1659)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_com, (select id from objective where plan_id = v_plan and theme_id = v_com and position = 0), 46,
            'Intern worden bestuur en medewerkers periodiek op de hoogte gehouden van de laatste ontwikkelingen op het gebied van veiligheid via Edison.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 47 (source lines 1662-1664)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_com, (select id from objective where plan_id = v_plan and theme_id = v_com and position = 1), 47,
            'Extern worden ketenpartners, inwoners en ondernemers periodiek op de hoogte gehouden van de laatste ontwikkelingen op het gebied van veiligheid via de gemeentewebsite.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 48 (source lines 1667-1669)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_com, (select id from objective where plan_id = v_plan and theme_id = v_com and position = 1), 48,
            'Alle informatie over veiligheid en veiligheidsthema''s op de gemeentewebsite zijn up to date.',
            null, 'MILESTONE', null, null, null, 2026);
    -- 49 (source lines 1672-1673)
    insert into kpi (plan_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text, target_year)
    values (v_plan, v_com, null, 49,
            'De gemeentekalender is up to date met alle relevante informatie die gedeeld moet worden voor de diverse veiligheidsonderwerpen.',
            null, 'MILESTONE', null, null, null, 2026);

    -- Budget 2026 (chapter 8) -----------------------------------------------------------------------------
    -- Two tables as printed ('Prioriteit' / 'Omschrijving', 'Begroot 2026', 'Opmerking'); no total is
    -- printed under either, so printed_total_cents stays NULL. '€ ---' -> amount NULL, amount_text '€ ---'.
    -- theme: the priority the line names; 'Uitvoeringsprogramma Preventie met Gezag' -> Jeugd en preventie;
    -- 'Overige veiligheidsthema’s' covers ten themes -> none; the Crisisbeheersing lines -> the theme
    -- 'Crisis- en rampenbestrijding/ ...'.
    -- Openbare Orde en Veiligheid & Bibob (source lines 1479-1501)
    insert into budget_table (plan_id, title, year, printed_total_cents, position)
    values (v_plan, 'Openbare Orde en Veiligheid & Bibob', 2026, null, 0)
    returning id into v_table;
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, remark, position) values
        (v_table, v_zv, 'Zorg en Veiligheid', 4700000, null, 'Licentiekosten huisverbod, bijdrage Zorg & Veiligheidshuis, buurtbemiddeling', 0),
        (v_table, v_fem, 'Femicide', null, '€ ---', null, 1),
        (v_table, v_ond, 'Ondermijning (en BIBOB)', 7400000, null, 'Bijdrage RIEC, RSIV en budget Bibob', 2),
        (v_table, v_jeu, 'Jeugd en Preventie', 2900000, null, 'VRIS/HALT', 3),
        (v_table, v_jeu, 'Uitvoeringsprogramma Preventie met Gezag', 41300000, null, 'Eenmalige specifieke uitkering van het Rijk', 4),
        (v_table, v_mv, 'Maatschappelijke Veiligheid', 3500000, null, 'Cameratoezicht en budget wijkveiligheid', 5),
        (v_table, v_cyb, 'Cybercrime en gedigitaliseerde criminaliteit', null, '€ ---', null, 6),
        (v_table, null, 'Overige veiligheidsthema’s', 2100000, null, 'Inwonersparticipatie, Veilig Winkelen', 7);
    -- Crisisbeheersing (source lines 1504-1511)
    insert into budget_table (plan_id, title, year, printed_total_cents, position)
    values (v_plan, 'Crisisbeheersing', 2026, null, 1)
    returning id into v_table;
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, remark, position) values
        (v_table, v_ot_crisis, 'Rampenbestrijding', 8600000, null, 'Opleidingen, piketvergoeding, uitvoeringsbudget', 0),
        (v_table, v_ot_crisis, 'Veiligheidsregio Haaglanden', 561500000, null, 'Bijdrage aan VRH', 1);

    -- Formation (chapter 9) ---------------------------------------------------------------------------------
    -- Columns 'Bestaande formatie (fte)' -> fte_existing, 'Uitbreiding formatie (fte)' -> fte_added. A value
    -- printed with one empty cell: the spacing of the extraction tells the column (value then two spaces =
    -- existing, two spaces then value = added; see the derivations note).
    -- Table 1 has no caption; its title is the team the paragraph above it names ('Het team Openbare
    -- Orde en Veiligheid & Bibob bestaat in totaal uit 9,5 formatieplaatsen'). Printed 'Totaal 9,50 1,80'.
    -- source lines 1524-1540
    insert into capacity_table (plan_id, title, printed_total_existing, printed_total_added, position)
    values (v_plan, 'Team Openbare Orde en Veiligheid & Bibob', 9.50, 1.80, 0)
    returning id into v_table;
    insert into capacity_line (capacity_table_id, group_name, function_name, fte_existing, fte_added, position) values
        (v_table, null, 'Coördinator OOV', 1.00, null, 0),
        (v_table, null, 'Coördinator Bibob', 1.00, null, 1),
        (v_table, null, 'Senior Jurist', 1.50, null, 2),
        (v_table, null, 'Senior adviseur Crisisbeheersing', 1.00, null, 3),
        (v_table, null, 'Senior beleidsmedewerker', 2.00, null, 4),
        (v_table, null, 'Regisseur Ondermijning', 1.00, null, 5),
        (v_table, null, 'Regisseur Wijkveiligheid', 1.00, null, 6),
        (v_table, null, 'Onderzoeker Bibob', 1.00, null, 7),
        (v_table, null, 'Projectleider maatschappelijke weerbaarheid', null, 0.80, 8),
        (v_table, null, 'Procesregisseur PGA-Jeugd', null, 1.00, 9);
    -- 'Motie Meer blauw op straat' (source lines 1559-1588): three printed groups, no totals row (the
    -- police line 'Formatie (totaal, waaronder…) 72,00' is a group line whose 'waaronder' lines follow).
    insert into capacity_table (plan_id, title, printed_total_existing, printed_total_added, position)
    values (v_plan, 'Motie Meer blauw op straat', null, null, 1)
    returning id into v_table;
    insert into capacity_line (capacity_table_id, group_name, function_name, fte_existing, fte_added, position) values
        (v_table, 'Capaciteit gemeente', 'WijkBOA', 4.00, null, 0),
        (v_table, 'Capaciteit gemeente', 'WijkBOA (taakaccent ondermijning)', 2.00, null, 1),
        (v_table, 'Capaciteit gemeente', 'WijkBOA (taakaccent jeugd)', 2.00, null, 2),
        (v_table, 'Capaciteit gemeente', 'MilieuBOA', 3.00, null, 3),
        (v_table, 'Capaciteit gemeente', 'Senior BOA (aansturend)', 3.00, null, 4),
        (v_table, 'Capaciteit gemeente', 'Flexibel in te zetten BOA', 1.00, null, 5),
        (v_table, 'Capaciteit gemeente', 'BOA bijzondere wetten', 2.00, null, 6),
        (v_table, 'Capaciteit gemeente', '2 Marktmeesters (toezichthoudende taken)', 0.78, null, 7),
        (v_table, 'Pandbrigade', 'Boa bijzondere wetten', 1.00, 1.00, 8),
        (v_table, 'Pandbrigade', 'Inspecteur Pandbrigade', 1.00, 1.00, 9),
        (v_table, 'Pandbrigade', 'Handhavingsjurist', 1.00, 0.67, 10),
        (v_table, 'Pandbrigade', 'Juridisch beleidsondersteuner', 1.00, null, 11),
        (v_table, 'Pandbrigade', 'Administratief medewerker', null, 1.00, 12),
        (v_table, 'Pandbrigade', 'Bijdrage vanuit fraudeteam Publieke Dienstverlening', null, 0.67, 13),
        (v_table, 'Pandbrigade', '2 regisseurs Pandbrigade (neventaak bouwinspecteurs)', null, null, 14),
        (v_table, 'Politie basisteam Rijswijk', 'Formatie (totaal, waaronder…)', 72.00, null, 15),
        (v_table, 'Politie basisteam Rijswijk', 'Gebiedsgebonden Politie (de niet-wijkagenten)', 56.50, null, 16),
        (v_table, 'Politie basisteam Rijswijk', 'Wijkagenten', 10.00, null, 17),
        (v_table, 'Politie basisteam Rijswijk', 'Impuls aanpak digitale criminaliteit', 2.50, null, 18);

    -- Counts as loaded (counted by hand in the derivations note) ----------------------------------------
    select count(*) into v_rows from objective where plan_id = v_plan;
    if v_rows <> 39 then raise exception 'expected 39 objectives, found %', v_rows; end if;
    select count(*) into v_rows from activity where plan_id = v_plan;
    if v_rows <> 84 then raise exception 'expected 84 activities, found %', v_rows; end if;
    select count(*) into v_rows from kpi where plan_id = v_plan;
    if v_rows <> 50 then raise exception 'expected 50 kpis, found %', v_rows; end if;
end $$;
