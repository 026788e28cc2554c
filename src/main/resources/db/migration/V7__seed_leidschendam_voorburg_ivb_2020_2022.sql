-- Seed: Leidschendam-Voorburg, "Integraal veiligheidsbeleid 2020 – 2022" (Gemeente Leidschendam-Voorburg):
-- the multi-year policy framework with its A3 page "BELEIDSPLAN INTEGRALE VEILIGHEID 2020 – 2022;
-- PRIORITEITEN" (mission, vision, success factors, five priorities with goals and approach, budget),
-- the toelichting per priority (chapter 3), the existing activities per Kernbeleid Veiligheid field
-- (chapter 4), the organisation (5), the partners (6) and the annex with the regional priorities (7).
-- Source: /work/shared/seeds/004_1038dadb5c0408fa.txt (text extracted from the published PDF).
-- Every judgement call is written down in docs/seed-derivations.md.
--
-- What goes where:
--   - framework 'ivb-2020-2022' (INTEGRAL_SAFETY, 2020-2022); the document prints no adoption date, so
--     adopted_by_council_on stays NULL. No execution plan: the document is the framework only, every row
--     below carries framework_id;
--   - the five priorities (chapter 3 'Nummer' 1-5) are PRIORITY themes: Onderwerp -> name, Trekker ->
--     lead, Doelstelling -> goal; the A3 goal texts -> objective rows; the A3 'aanpak op hoofdlijnen'
--     bullets -> APPROACH activities (sub-bullets as '- ' lines in the description); 'Betrokken partijen'
--     -> activity_partner BETROKKEN on every approach line of that priority (the A3 ties no partner to a
--     single line); the rest of each chapter-3 table -> narrative sections with theme_id;
--   - the historic figures of chapter 3 -> KPIs with measurements; 'Veiligheidsbudget' -> budget table;
--   - chapter 4: one GOING_CONCERN theme per veiligheidsveld (4.1-4.5) with the sub-themes 4.x.y as child
--     themes; the describing text -> theme.description, the text on what is done -> one EXISTING_ACTIVITY
--     per (sub-)theme (first sentence = title, the rest = description);
--   - chapter 7: the regional priorities 7.1.2-7.1.8 are REGIONAL_PRIORITY themes (Doel -> goal) and
--     their full text is a narrative section;
--   - chapters 1, 2, 5, 6 and the rest of 7 -> narrative sections in document order.
--
-- Repairs of extraction damage (nothing else was changed; the document's own typos stay, e.g.
-- 'woningbraken', 'gebeid', 'winkeldiefstel', 'kunne', 'prepareert e brandweer', 'Voorbrug', 'spelen,,',
-- 'integriteit valt. .', 'Binnen de regiegroep. Worden'):
--   - the A3 page was extracted with its columns interleaved (goal row, then the approach row in another
--     order, the budget, and the goal box of 'Jeugdoverlast en –criminaliteit' last): each goal box and
--     approach box is matched to its priority by its printed heading (see the derivations note);
--   - lines wrapped inside a sentence, list item or table cell joined into whole sentences, also where a
--     column or page break put an empty line inside a sentence (e.g. 'Op basis van | deze evaluatie',
--     'Inzet van buurtpreventieteams, het | faciliteren', 'regiocoördinator', 'proactieve houding');
--   - a hyphen at the end of a printed line is a real compound hyphen and is kept without a space
--     ('politiek-bestuurlijke', 'Leidschendam-Voorbrug', '‘niet-intentionele’', 'jeugdgroepen/-netwerken');
--   - runs of spaces (table alignment, 'sociale  veiligheid', 'gaat  om') -> one space; trailing spaces
--     dropped; the labels of the chapter-3 tables ('Nummer', 'Onderwerp', 'Trekker', 'Doelstelling',
--     'Toelichting', 'Betrokken partijen') and of the annex tables ('Doel') are column labels, not text;
--   - bullet lists kept as one '- ' line per printed bullet (nested bullets as '- ' lines under their
--     parent line); the partner grid of chapter 6 (three columns) is read in its printed numbering 1-16.

-- Organisations the document names that are not in V2 ----------------------------------------------

-- Leidschendam-Voorburg's own teams, named inside 'Gemeente (...)' in the 'Betrokken partijen' cells of
-- chapter 3 and in the text of chapter 4. 'SB' and 'HH' (priority 4) are read as Stadsbeheer and
-- Handhaving (see the derivations note); the abbreviations are kept as the wording of those links.
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, 'INTERNAL', m.id
from municipality m
cross join (values
    ('leidschendam-voorburg-mro',          'MRO'),
    ('leidschendam-voorburg-oov',          'OOV'),
    ('leidschendam-voorburg-lokale-kamer', 'Lokale Kamer'),
    ('leidschendam-voorburg-handhaving',   'Handhaving'),
    ('leidschendam-voorburg-wijz',         'WIJZ'),
    ('leidschendam-voorburg-joso',         'JOSO'),
    ('leidschendam-voorburg-vergunningen', 'Vergunningen'),
    ('leidschendam-voorburg-stadsbeheer',  'Stadsbeheer'),
    ('leidschendam-voorburg-communicatie', 'Communicatie')
) as p (key, name)
where m.slug = 'leidschendam-voorburg'
on conflict (key) do nothing;

-- Local organisations and groups of Leidschendam-Voorburg (external, but only of this municipality).
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, 'EXTERNAL', m.id
from municipality m
cross join (values
    ('leidschendam-voorburg-vo-scholen',          'VO-scholen'),
    ('leidschendam-voorburg-buurtpreventieteams', 'Buurtpreventieteams'),
    ('leidschendam-voorburg-participatieraad',    'Participatieraad'),
    ('leidschendam-voorburg-inwoners',            'Inwoners'),
    ('leidschendam-voorburg-zorgpartijen',        'Zorgpartijen')
) as p (key, name)
where m.slug = 'leidschendam-voorburg'
on conflict (key) do nothing;

-- Organisations that work across municipalities (municipality_id NULL).
insert into partner (key, name, kind) values
    ('meldpunt-bezorgd',           'Meldpunt Bezorgd',                  'EXTERNAL'),
    ('omgevingsdienst-haaglanden', 'Omgevingsdienst Haaglanden (ODH)',  'EXTERNAL')
on conflict (key) do nothing;

do $$
declare
    v_municipality  bigint;
    v_framework     bigint;
    v_p1            bigint;
    v_p2            bigint;
    v_p3            bigint;
    v_p4            bigint;
    v_p5            bigint;
    v_f41           bigint;
    v_f42           bigint;
    v_f43           bigint;
    v_f44           bigint;
    v_f45           bigint;
    v_s411          bigint;
    v_s412          bigint;
    v_s413          bigint;
    v_s414          bigint;
    v_s415          bigint;
    v_s421          bigint;
    v_s422          bigint;
    v_s423          bigint;
    v_s424          bigint;
    v_s431          bigint;
    v_s432          bigint;
    v_s433          bigint;
    v_s441          bigint;
    v_s442          bigint;
    v_s443          bigint;
    v_s444          bigint;
    v_r2            bigint;
    v_r3            bigint;
    v_r4            bigint;
    v_r5            bigint;
    v_r6            bigint;
    v_r7            bigint;
    v_r8            bigint;
    v_objective     bigint;
    v_kpi           bigint;
    v_budget        bigint;
    v_activity      bigint;
    v_rows          integer;
begin
    select id into strict v_municipality from municipality where slug = 'leidschendam-voorburg';

    -- Framework (cover, source lines 18-19; A3 page, lines 179-216) ---------------------------------
    -- Title as printed on the cover; the municipality line under it is the subtitle. Mission, vision
    -- and success factors are the three top boxes of the A3 page.
    insert into policy_framework (municipality_id, slug, title, subtitle, kind, first_year, last_year,
                                  adopted_by_council_on, mission, vision, success_factors)
    values (v_municipality, 'ivb-2020-2022', 'Integraal veiligheidsbeleid 2020 – 2022', 'Gemeente Leidschendam-Voorburg',
            'INTEGRAL_SAFETY', 2020, 2022, null,
'Het is onze ambitie om de veiligste gemeente te worden binnen de top 50 van Nederlandse gemeenten',
'Binnen de gemeente Leidschendam-Voorburg zijn en voelen onze inwoners zich veilig. Vanuit het regieprincipe sturen wij als gemeente aan, wordt er samengewerkt met partners (waaronder inwoners) vanuit ieders eigen verantwoordelijkheid en krijgen de partners de ruimte voor eigen inbreng.

Op basis van gedegen analyses, vanuit ieders eigen kracht en een effectieve monitoring worden veiligheidsproblemen aangepakt. Bij maatschappelijke (veiligheids)ontwikkelingen hebben we een proactieve houding.',
'1. Werken op basis van gedegen analyses en zoeken de samenwerking op
2. Problemen worden wijkgericht aangepakt
3. Samen met inwoners en ketenpartners worden problemen aangepakt vanuit een proactieve houding
4. Verschuiving naar pro-actie en preventie (voorkomen) binnen veiligheidsaanpakken
5. Aandacht voor repressie waarbij de preventieve aanpak niet gewerkt heeft.
6. Focus op lange termijndoelstellingen maar oog voor actualiteit')
    returning id into v_framework;

    -- Themes ------------------------------------------------------------------------------------------
    -- The five priorities in the order of their chapter-3 'Nummer' (the A3 says its left-to-right order
    -- is no ranking). Name = 'Onderwerp', lead = 'Trekker', goal = 'Doelstelling' (chapter 3, as printed).
    -- Kernbeleid fields: see the derivations note.
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, lead, position)
    values (v_framework, '1', 'Personen met verward gedrag', 'PRIORITY', 1,
'Overlast beperken door het zo vroegtijdig mogelijk aanpakken van personen met verward en risicovol gedrag',
            'Lourens Visser / Wouter Arends', 0)
    returning id into v_p1;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, lead, position)
    values (v_framework, '2', 'Jeugdoverlast en –criminaliteit', 'PRIORITY', 3,
'- Het aantal meldingen jeugdoverlast valt niet hoger uit dan 600 per jaar
- Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren',
            'Eline de Koning', 1)
    returning id into v_p2;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, lead, position)
    values (v_framework, '3', 'Ouderen en veiligheid', 'PRIORITY', 1,
'Het slachtofferschap onder ouderen blijft onverminderd laag en ouderen blijven zich veilig voelen.',
            'Raoul Verbrugge', 2)
    returning id into v_p3;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, lead, position)
    values (v_framework, '4', 'Verkeersveiligheid', 'PRIORITY', 4,
'Het verbeteren van de verkeersveiligheid op specifieke locaties waar knelpunten zijn.',
            'Henri van Hoeven', 3)
    returning id into v_p4;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, lead, position)
    values (v_framework, '5', 'Woninginbraken', 'PRIORITY', 1,
'Het aantal woninginbraken valt niet hoger uit dan 200 per jaar.',
            'Raoul Verbrugge', 4)
    returning id into v_p5;

    -- Chapter 4 'Bestaande activiteiten': one theme per veiligheidsveld (4.1-4.5, GOING_CONCERN: the
    -- document calls these activities 'meer beheersmatig van aard'), sub-themes 4.x.y under them.
    -- description = the printed text that describes the field or theme; what is done -> activities.
    -- 4.5 'Zorg en veiligheid' is, as the document says, no Kernbeleid field: kernbeleid_field NULL.
    insert into theme (framework_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, '4.1', 'Veilige woon- en leefomgeving', 'GOING_CONCERN', 1,
'Veiligheid en leefbaarheid in de alledaagse woon- en leefomgeving, in de wijk, de buurt en de straat. Hoofdthema’s zijn sociale kwaliteit, fysieke kwaliteit, objectieve veiligheid, subjectieve veiligheid en veilige jaarwisseling.', 5)
    returning id into v_f41;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f41, '4.1.1', 'Sociale kwaliteit', 'GOING_CONCERN', 1,
'De sociale kwaliteit van een buurt, wijk, kern wordt sterk beïnvloed door ‘intermenselijke relaties’. Belangrijke ‘positieve’ aspecten zijn betrokkenheid van bewoners bij de buurt, de kwaliteit van sociale netwerken, informele sociale controle, samenredzaamheid, e.d. De sociale kwaliteit kan onder druk komen te staan door verschijnselen als woonoverlast, burengerucht, overlast door personen met verward gedrag, multiprobleemgezinnen/-huishoudens, overlast door illegale bewoning, intimiderende buurtbewoners, drank- en drugsoverlast.', 0)
    returning id into v_s411;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f41, '4.1.2', 'Fysieke kwaliteit', 'GOING_CONCERN', 1,
'De fysieke kwaliteit van een buurt, wijk, kern heeft betrekking op fysieke kenmerken van de woonomgeving: in het bijzonder de inrichting, het onderhoud en beheer van de openbare ruimte. Het gaat bij dit thema om de vraag: hoe staat de openbare ruimte erbij? Hoe prettig is het wonen in de buurt gegeven de fysieke kwaliteit? Aspecten zijn onderhoud van groen, aanpak zwerfvuil, verlichting in de wijk e.d. Inbreuk op de fysieke kwaliteit zijn onder meer vernielingen, graffiti, zwerfvuil en andere tekenen van verloedering.', 1)
    returning id into v_s412;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f41, '4.1.3', 'Objectieve veiligheid', 'GOING_CONCERN', 1,
'Bij dit thema gaat het om verschillende vormen van vermogens- en geweldscriminaliteit die zich in de alledaagse woon- en leefomgeving van bewoners voordoen. Het betreft zowel ‘veel voorkomende’ als ‘high impact’ –criminaliteit. Vermogenscriminaliteit: o.m. woninginbraak, kelderboxinbraak, auto-inbraak, fietsdiefstal, diefstal motorvoertuigen, zakkenrollerij en straatroof. Geweldscriminaliteit: o.m. bedreiging, mishandeling, openlijke geweldpleging, huiselijk geweld. Bij vermogenscriminaliteit is aandacht voor het eventuele georganiseerde karakter (bendes, banditisme) van belang.', 2)
    returning id into v_s413;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f41, '4.1.4', 'Subjectieve veiligheid', 'GOING_CONCERN', 1,
'Het ‘veiligheidsgevoel’ van bewoners in hun eigen woonbuurt: hoe vaak voelt men zich onveilig, welk rapportcijfer geeft men de veiligheid van de buurt? Het gaat hier om het ‘generieke’ veiligheidsgevoel, dus niet gekoppeld aan bijvoorbeeld een uitgaansgebied of een andere locatie binnen de gemeente.

Dit thema heeft veel samenhang met de aanpak van andere veiligheidsthema’s. Overlast en criminaliteit kunnen een negatief gevolg hebben voor het veiligheidsgevoel. Maar ook zaken die los staan van veiligheid kunnen effecten hebben voor veiligheidsgevoelens. Zo kan een economische crisis negatieve gevolgen hebben voor het veiligheidsgevoel. De betrokkenheid, sociale controle in een wijk en het actief meewerken aan veiligheid kunnen positieve gevolgen hebben voor het veiligheidsgevoel.', 3)
    returning id into v_s414;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f41, '4.1.5', 'Veilige jaarwisseling', 'GOING_CONCERN', 1,
'De jaarwisseling is de drukste tijd voor de hulpdiensten. Veruit de meeste uitrukken vinden plaats tijdens de jaarwisseling. Om het zo ordentelijk mogelijk laten verlopen van de jaarwisseling wordt al vanaf het einde van de zomerperiode gestart met de voorbereidingen op de jaarwisseling.', 4)
    returning id into v_s415;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, '4.2', 'Bedrijvigheid en veiligheid', 'GOING_CONCERN', 2,
'Bij dit veiligheidsveld gaat het om sociale veiligheid (overlast, geweld, vermogenscriminaliteit) rond verschillende vormen/locaties van bedrijvigheid: winkelgebied, bedrijventerreinen, uitgaansgebied, evenementen en toerismevoorzieningen/-locaties.', 6)
    returning id into v_f42;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f42, '4.2.1', 'Veilig winkelgebied', 'GOING_CONCERN', 2,
'In winkelgebieden kunnen zich verschillende vormen van onveiligheid voordoen. Het gaat bijvoorbeeld om winkeldiefstel, zakkenrollerij en overvallen, maar ook om jongerenoverlast, vernielingen, fietsen en bromfietsen in voetgangersgebied en de mate van brandveiligheid van de winkelpanden. Daarnaast kunnen zwerfvuil en andere tekenen van verloedering tot subjectieve onveiligheid leiden.', 0)
    returning id into v_s421;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f42, '4.2.2', 'Veilige bedrijventerreinen', 'GOING_CONCERN', 2,
'Onveiligheid op bedrijventerreinen kent zowel sociale als fysieke aspecten: bedrijfsinbraak, diefstal, overvallen en vernielingen aan de ene kant en aan de andere kant inrichting en onderhoud van de terreinen, verkeersveiligheid en brandveiligheid. Ook kunnen zich illegale bewoning en drugsdelicten als hennepplantages voordoen.', 1)
    returning id into v_s422;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f42, '4.2.3', 'Veilig uitgaan/horeca', 'GOING_CONCERN', 2,
'Uitgaansvoorzieningen hebben enerzijds een positief effect op de veiligheid: het culturele en sociale klimaat varen er bij. Ook zijn er economische voordelen. Maar er kunnen zich ook veiligheidsproblemen rond uitgaansvoorzieningen voordoen, zoals geweld, overlast en vernielingen.', 2)
    returning id into v_s423;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f42, '4.2.4', 'Veilige evenementen', 'GOING_CONCERN', 2,
'Evenementen, zeker de grootschalige, kunnen behoorlijke veiligheidsrisico’s opleveren. Het is aan de organisator voorwaarden voor de veiligheid te realiseren en aan de gemeenten om de juiste voorwaarden te stellen en die te handhaven. De risico’s zijn met name gelegen in geweld, overlast, vernieling, brandveiligheid en crisisbeheersing. Daarnaast zijn er mogelijke dwarsverbanden met externe veiligheid (evenementenlocaties nabij externe veiligheid inrichtingen) en de aanpak van georganiseerde criminaliteit.', 3)
    returning id into v_s424;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, '4.3', 'Fysieke veiligheid', 'GOING_CONCERN', 4,
'Binnen dit veiligheidsveld vallen de thema’s verkeersveiligheid, brandveiligheid, externe veiligheid (rond gevaarlijke stoffen) en de voorbereiding op crisisbeheersing.', 7)
    returning id into v_f43;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f43, '4.3.1', 'Brandveiligheid', 'GOING_CONCERN', 4,
'Dit thema heeft enerzijds betrekking op de ontwerptechnische en gebruikstechnische brandveiligheid van bepaalde soorten gebouwen (zoals woongebouwen en gebouwen met horecabestemming) en anderzijds op de voorwaarden voor effectieve repressie. Om de brandveiligheid te borgen zien gemeente en brandweer toe op pro-actie en preventie en geeft zij voorlichting aan doelgroepen (maatschappelijke awareness en betrokkenheid). Daarnaast prepareert de brandweer zich op de bestrijding (repressie) van branden.', 0)
    returning id into v_s431;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f43, '4.3.2', 'Externe veiligheid', 'GOING_CONCERN', 4,
'Bij dit thema staan de risico’s van gevaarlijke stoffen centraal. Gevaarlijke stoffen worden opgeslagen en of bewerkt in inrichtingen en vervoerd via weg, water, spoor, lucht en buisleidingen. Te onderscheiden zijn het ‘groepsrisico’ (GR) en het ‘plaatsgebonden risico’ (PR). In beide gevallen gaat het om de ‘naar buiten gerichte’ (oftewel externe) veiligheidsrisico’s van de gevaarlijke stoffen.', 1)
    returning id into v_s432;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f43, '4.3.3', 'Crisisbeheersing', 'GOING_CONCERN', 4,
'Gemeenten zijn verantwoordelijk voor brandweerzorg, rampenbestrijding, crisisbeheersing en geneeskundige hulpverlening (Wet veiligheidsregio’s en Besluit Veiligheidsregio’s) maar zijn verplicht deze taken te laten uitvoeren door de veiligheidsregio, met uitzondering van het onderdeel bevolkingszorg (de gemeentelijke processen) van de crisisbeheersingsorganisatie. Dit onderdeel wordt door de gemeente zelf op peil gebracht en gehouden.', 2)
    returning id into v_s433;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, '4.4', 'Integriteit en veiligheid', 'GOING_CONCERN', 5,
'Bij het veiligheidsveld integriteit en veiligheid gaat het om verschijnselen die meer fundamenteel onze rechtsorde en veiligheid bedreigen: radicalisering en polarisatie, georganiseerde (ondermijnende) criminaliteit, veilige publieke taak, informatieveiligheid en integriteit.', 8)
    returning id into v_f44;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f44, '4.4.1', 'Radicalisering en polarisatie', 'GOING_CONCERN', 5,
'Bij dit thema gaat het om ideologische groepen/stromingen personen in de samenleving die dermate zijn geradicaliseerd, dat zij door hun wijze van handelen of door hun uitingen zorgen voor maatschappelijke spanningen. Deze spanningen kunnen invloed hebben op de algemene veiligheid (bij toepassen van geweld) of het veiligheidsgevoel van de burgers. Sprake kan zijn van dreigend geweld. Deze groepen vergroten de polarisatie in de samenleving, en zetten daarmee het sociaal weefsel onder druk. Stromingen die op die manier kunnen radicaliseren, zijn bijvoorbeeld: rechts-extremisme, islamisme/jihadisme, dierenrechtenradicalisme, asielrechtenradicalisme, links-extremisme.', 0)
    returning id into v_s441;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f44, '4.4.2', 'Georganiseerde en ondermijnende criminaliteit', 'GOING_CONCERN', 5,
'Bij dit thema gaat het om vormen van georganiseerde criminaliteit die zich manifesteren in gemeenten/op het gemeentelijk grondgebied, met mogelijk een bedreigende uitstraling naar de (woon)omgeving. Denk aan druggerelateerde criminaliteit, mensenhandel, witwassen, vastgoedfraude en Outlaw Motorcycle Gangs (OMG’s). Mogelijk dat de fenomenen zich concentreren op bepaalde locaties zoals recreatieparken, bedrijventerreinen, buitengebied, waarbij deze locaties aangewezen kunnen zijn als zgn. ‘handhavingsknelpunten’. Er kan in verschillende opzichten sprake zijn van verbindingen/wisselwerking met de lokale samenleving. De betreffende groepen/personen maken wellicht in bepaalde mate gebruik (misbruik) van gemeentelijke voorzieningen en beschikkingen (vergunningen en aanbestedingen). Sprake kan zijn van verweving van onder- en bovenwereld.', 1)
    returning id into v_s442;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f44, '4.4.3', 'Integriteit', 'GOING_CONCERN', 5,
'Schendingen van integriteit kan samenhangen met belangenverstrengeling maar ook het gevolg zijn van ‘niet-intentionele’ verrommeling van processen. In dit laatste geval ontstaat de integriteitsschending min of meer ‘per ongeluk’. Integriteitsschendingen kunnen gevolgen hebben voor de lokale veiligheid doordat bijvoorbeeld fysiek gevaarlijke situaties ontstaan of in stand blijven (vergunning voor onveilige gebouwen of bedrijfsvoering), criminele groepen bewegingsruimte krijgen (onvolkomen BIBOB-procedures), ambtenaren of bestuurders kwetsbaar worden voor verdere aantastingen van hun integriteit.', 2)
    returning id into v_s443;
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_f44, '4.4.4', 'Informatieveiligheid', 'GOING_CONCERN', 5,
'Gemeenten zijn, net als andere (overheids)organisaties, kwetsbaar als het gaat om de (digitale) dienstverlening – met name het veilig/beveiligd uitvoeren van deze dienstverlening – en het beheer van persoonsgegevens. Als de overheid de digitale beveiliging hiervan niet voldoende kan borgen, is het vertrouwen in de overheid in het geding. Ook kan het de fysieke veiligheid van burgers en organisaties in gevaar brengen; bijvoorbeeld als besturingssystemen van sluizen en bruggen gehackt kunne worden.', 3)
    returning id into v_s444;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, '4.5', 'Zorg en veiligheid', 'GOING_CONCERN', null,
'Zorg en veiligheid is geen veiligheidsveld conform kernbeleid veiligheid, maar vanwege de grote samenhang tussen beide terreinen apart opgenomen als veld. Het gaat hierbij bijvoorbeeld om thema’s als personen met verward gedrag, de Wet verplichte GGZ en nazorg ex-gedetineerden.

Verschillende thema’s binnen de veiligheidsvelden staan in verband met zogenaamde ‘complexe casuïstiek’ ofwel personen/huishoudens met meervoudige sociale en veiligheidsproblematiek. Hierbij is vaak sprake van overlast, vormen van geweld en/of criminaliteit. Voor de aanpak van complexe casuïstiek is samenwerking tussen veiligheid en zorg nodig. Aspecten van de aanpak zijn vroegsignalering, awareness en kennis bij sociale wijkteams, tijdige opschaling, persoonsgerichte aanpak, inzet Lokale Kamer, Veiligheidshuis en Veilig Thuis, casus- en procesmanagement.', 9)
    returning id into v_f45;

    -- Chapter 7.1: the regional priorities of the Regionaal Beleidsplan Eenheid Den Haag 2019-2022
    -- (REGIONAL_PRIORITY). goal = 'Doel'; the whole table is also a narrative section (position 35-41).
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, position)
    values (v_framework, '7.1.2', 'Aanpak van (Contra)-terrorisme, extremisme en radicalisering (CTER)', 'REGIONAL_PRIORITY', 5,
'Polarisatie, radicalisering, extremisme, terrorisme voorkomen, terugdringen en aanpakken.', 10)
    returning id into v_r2;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, position)
    values (v_framework, '7.1.3', 'Aanpak van Cybercrime/gedigitaliseerde criminaliteit', 'REGIONAL_PRIORITY', null,
'Cybercrime/gedigitaliseerde criminaliteit voorkomen, terugdringen en aanpakken', 11)
    returning id into v_r3;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, position)
    values (v_framework, '7.1.4', 'Aanpak van (huiselijk) Geweld', 'REGIONAL_PRIORITY', 1,
'Huiselijk geweld voorkomen, zo snel mogelijk (h)erkennen, behandelen, de schade ervan beperken, de overdracht van generatie op generatie doorbreken en daarmee de veiligheid voor slachtoffers duurzaam borgen.', 12)
    returning id into v_r4;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, position)
    values (v_framework, '7.1.5', 'Aanpak van High Impact Crimes', 'REGIONAL_PRIORITY', 1,
'High Impact Crimes met direct slachtofferschap voorkomen, terugdringen en aanpakken.', 13)
    returning id into v_r5;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, position)
    values (v_framework, '7.1.6', 'Aanpak van overlast en criminaliteit door problematische Jeugdgroepen/netwerken', 'REGIONAL_PRIORITY', 3,
'Overlast en criminaliteit door problematische jeugdgroepen/-netwerken voorkomen, terugdringen en aanpakken', 14)
    returning id into v_r6;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, position)
    values (v_framework, '7.1.7', 'Aanpak van Ondermijning', 'REGIONAL_PRIORITY', 5,
'Ondermijning voorkomen, terugdringen en aanpakken.', 15)
    returning id into v_r7;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, goal, position)
    values (v_framework, '7.1.8', 'Aanpak van overlast en/of criminaliteit door personen met Verward gedrag', 'REGIONAL_PRIORITY', 1,
'Overlast en criminaliteit door verwarde personen voorkomen, terugdringen en aanpakken.', 16)
    returning id into v_r8;

    -- Chapter 1 (source lines 27-58) -----------------------------------------------------------------
    -- position 0: '1. Leeswijzer A3 beleidsplan Integrale Veiligheid'; lines 27-31
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '1. Leeswijzer A3 beleidsplan Integrale Veiligheid',
'In paragraaf 2 wordt de werkwijze voor wat betreft de uitvoering van het veiligheidsbeleid weergegeven.

Op de volgende pagina treft u het A3 beleidsplan aan. Daarin staat kort opgenomen; het kader en de doelstellingen van het integraal veiligheidsbeleid en de aanpak op hoofdlijnen. Hieronder een korte toelichting van de opbouw van het A3;', 0);
    -- position 1: 'Boven; kader integraal veiligheidsbeleid'; lines 33-40
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Boven; kader integraal veiligheidsbeleid',
'De bovenste drie kolommen geven het kader van het veiligheidsbeleid weer. Hierin is de missie, de visie en de succesbepalende factoren op het gebied van veiligheid beschreven.

In de missie is opgenomen wat de gemeente Leidschendam-Voorburg nastreeft. De missie is het ultieme doel, maar het gaat vooral om het gesprek met de partners wat ervoor nodig is om dit te bereiken. In de visie wordt aangegeven op welke wijze de gemeente werkt aan veiligheid om daarmee de missie te halen. Bij de succesbepalende factoren is opgenomen welke punten belangrijk zijn om effectief te zijn op het gebied van veiligheid.', 1);
    -- position 2: 'Midden; veiligheidsdoelstellingen'; lines 42-45
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Midden; veiligheidsdoelstellingen',
'Op de tweede rij is opgenomen wat de lokale beleidsdoelstellingen voor de komende beleidsperiode zijn. Beschreven is welke resultaten nagestreefd worden. De rangschikking van links naar rechts geeft geen prioriteitsschikking.', 2);
    -- position 3: 'Onder; aanpak op hoofdlijnen'; lines 47-58
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Onder; aanpak op hoofdlijnen',
'In de onderste kolommen wordt per doelstelling beschreven wat de aanpak op hoofdlijnen is voor de komende beleidsperiode.

Als laatste wordt rechts onderin weergegeven wat het algemene budget van veiligheid is.

De aanpak op hoofdlijnen is uitgeschreven in paragraaf 3 op de pagina’s na het A3-format. Daarna is in paragraaf 4 uitgeschreven welke bestaande activiteiten uitgevoerd worden per veiligheidsthema die niet aangeduid zijn als prioriteit. Hierbij is een onderverdeling gemaakt van activiteiten op basis van het Kernbeleid Veiligheid methode van de VNG. Vervolgens wordt in paragraaf 5 en 6 in gegaan op de organisatie van veiligheid en welke overlegstructuren en partners er zijn.', 3);

    -- Chapter 2 (source lines 61-94; a page break between lines 72 and 85) ---------------------------
    -- position 4: '2. Actieprogramma’s en voortgangsrapportages'; lines 61-94
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '2. Actieprogramma’s en voortgangsrapportages',
'De doelstellingen van het veiligheidsbeleid worden vertaald in actieprogramma’s. In deze programma’s wordt beschreven wat in de betreffende periode specifiek wordt uitgevoerd. Deze actieprogramma’s zijn vooral gericht op de activiteiten voor de prioriteiten. In dit beleidsplan staan in paragraaf 4 de bestaande activiteiten opgenomen. Na afronding van acties vanuit het actieprogramma kunnen deze in het structurele beheer worden opgenomen. Andere acties zijn eenmalig. Anderzijds vervallen beheersmatige activiteiten indien deze niet meer worden ondernomen.

Het opzetten en uitvoeren van een lokaal integraal veiligheidsbeleid is een belangrijke stap in het veiliger maken van de gemeente, maar dat alleen is niet voldoende. Het veiligheidsbeleid moet ook (systematisch) worden gemonitord, zodat op tijd nieuwe ontwikkelingen zichtbaar worden en het beleid hierop aangepast.

Monitoring geschiedt via geregistreerde criminaliteit (objectieve veiligheid), via de resultaten van de Integrale Veiligheidsmonitor (subjectieve veiligheid) en op basis van gesprekken met (veiligheids)partners. Op grond van periodieke politiecijfers kunnen de ontwikkelingen op het gebied van de objectieve veiligheid worden gevolgd. De cijfers dienen mede als input voor het districtsoverleg en voor bestuur- en managementrapportages die aansluiten op de gemeentelijke planning- en controlcyclus. Op operationeel niveau worden ook de activiteiten qua voortgang gemonitord.

De voortgang van de uitvoering van het beleid en onderliggende actieprogramma’s loopt via voortgangsrapportages. Daarin wordt ook aangegeven wat de stand van zaken is omtrent het wel of niet behalen van de doelstellingen.', 4);

    -- The A3 page (source lines 179-451) -------------------------------------------------------------
    -- Its caption is kept as a heading-only section so the document order stays readable; its boxes
    -- are stored as framework mission/vision/success factors (above), objectives, approach lines and
    -- the budget table (below).
    -- position 5: 'BELEIDSPLAN INTEGRALE VEILIGHEID 2020 – 2022; PRIORITEITEN'; line 179
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, 'BELEIDSPLAN INTEGRALE VEILIGHEID 2020 – 2022; PRIORITEITEN',
'', 5);

    -- A3 middle row: the goal box of each priority -> objectives (goal bullets of priority 2 -> two rows).
    -- Boxes at lines 220-224 (1), 444-451 (2, extracted after the budget), 236-241 (3), 246-250 (4),
    -- 228-231 (5).
    insert into objective (theme_id, text, position) values (v_p1, 'Overlast beperken door het zo vroegtijdig mogelijk aanpakken van personen met verward en risicovol gedrag', 0);
    insert into objective (theme_id, text, position) values (v_p2, 'Het aantal meldingen jeugdoverlast valt niet hoger uit dan 600 per jaar', 0);
    insert into objective (theme_id, text, position) values (v_p2, 'Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren', 1);
    insert into objective (theme_id, text, position) values (v_p3, 'Het slachtofferschap onder ouderen blijft onverminderd laag en ouderen blijven zich veilig voelen', 0);
    insert into objective (theme_id, text, position) values (v_p4, 'Het verbeteren van de verkeersveiligheid op specifieke locaties waar knelpunten zijn', 0);
    insert into objective (theme_id, text, position) values (v_p5, 'Het aantal woninginbraken valt niet hoger uit dan 200 per jaar', 0);

    -- A3 bottom row: 'aanpak op hoofdlijnen' -> APPROACH activities, one per top-level bullet, in printed
    -- order; nested bullets are the '- ' lines of the description. Boxes at lines 371-407 (1), 318-349
    -- (2), 357-370 (3), 277-294 (4), 254-266 (5). Partners: the chapter-3 'Betrokken partijen' cell of
    -- the priority, on each of its approach lines (BETROKKEN, wording as printed, printed order).

    -- Priority 1 'Personen met verward gedrag' (lines 371-407; partners line 538-539)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p1, 'APPROACH', 0,
'In 2018 is de sluitende aanpak personen met verward gedrag opgesteld vanuit zorg in samenwerking met zorg- en veiligheidspartners',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p1, 'APPROACH', 1,
'De aanpak bestaat uit 9 bouwstenen, te weten;',
'- Inbreng mensen met verward gedrag en omgeving
- Preventie en levensstructuur
- Vroegtijdige signalering
- Melding
- Beoordeling en risicotaxatie
- Toeleiding
- Passend vervoer
- Passende ondersteuning, zorg en straf
- Informatievoorziening');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p1, 'APPROACH', 2,
'In samenwerking met de partners wordt bekeken op welke punten de aanpak doorontwikkeld moet worden',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p1, 'APPROACH', 3,
'De aanpak van personen met verward en risicovol gedrag is in 2018 bij de Lokale Kamer belegd. Hiervoor heeft een herpositionering plaatsgevonden van de Lokale Kamer waarbij de regierol specifiek bij de gemeente is belegd',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p1, 'APPROACH', 4,
'Deze aanpak wordt op basis van een te houden evaluatie van de werkafspraken met de partners doorontwikkeld',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p1, 'APPROACH', 5,
'Samen met de lokale partners wordt gekeken naar de werking van de Opvang van Verwarde Personen (ovp)',
null);
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, pt.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('politie',                                      'Politie',              0),
        ('zorg-en-veiligheidshuis-haaglanden',           'Veiligheidshuis',      1),
        ('meldpunt-bezorgd',                             'Meldpunt Bezorgd',     2),
        ('ggd-haaglanden',                               'GGD',                  3),
        ('ggz',                                          'GGZ',                  4),
        ('woningcorporaties',                            'Woningcorporaties',    5),
        ('leidschendam-voorburg-mro',                    'MRO',                  6),
        ('leidschendam-voorburg-oov',                    'OOV',                  7),
        ('leidschendam-voorburg-lokale-kamer',           'Lokale Kamer',         8)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key
    where a.framework_id = v_framework and a.theme_id = v_p1 and a.kind = 'APPROACH'
    order by a.position, x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 54 then raise exception 'priority 1: expected 54 partner links, made %', v_rows; end if;

    -- Priority 2 'Jeugdoverlast en –criminaliteit' (lines 318-349; partners lines 604-605)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 0,
'Meer focus op kwetsbare jongeren i.p.v. alleen op overlastgevende jongeren',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 1,
'Aan de voorkant komen en overlastlocaties te voorkomen',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 2,
'Onderzoek doen naar het werken met een BOA met het taakaccent jeugd',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 3,
'Zetten in op het verbeteren van preventie;',
'- Onderzoek doen naar extra maatregelen om vroegtijdige uitval door leerlingen op school te voorkomen
- Jeugd bereiken over mogelijkheden tot sport/activiteiten
- Betere contacten met basisscholen om kwetsbare jongeren eerder in beeld te krijgen');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 4,
'Evalueren van totale aanpak/samenwerking binnen veilige scholen overleg',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 5,
'Doorontwikkeling Lokale Kamer',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 6,
'Meer aandacht voor psychische klachten bij jongeren',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 7,
'Samenwerking tussen lokale kamer en regiocoördinator mensenhandel opzetten',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p2, 'APPROACH', 8,
'Opzetten aanpak voor alcohol en jeugd',
null);
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, pt.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('leidschendam-voorburg-lokale-kamer',           'Lokale Kamer',         0),
        ('zorg-en-veiligheidshuis-haaglanden',           'Veiligheidshuis',      1),
        ('leidschendam-voorburg-vo-scholen',             'VO-scholen',           2),
        ('politie',                                      'Politie',              3),
        ('leidschendam-voorburg-buurtpreventieteams',    'Buurtpreventieteams',  4),
        ('leidschendam-voorburg-handhaving',             'Handhaving',           5),
        ('leidschendam-voorburg-oov',                    'OOV',                  6),
        ('leidschendam-voorburg-mro',                    'MRO',                  7),
        ('leidschendam-voorburg-wijz',                   'WIJZ',                 8),
        ('leidschendam-voorburg-joso',                   'JOSO',                 9),
        ('leidschendam-voorburg-vergunningen',           'Vergunningen',         10)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key
    where a.framework_id = v_framework and a.theme_id = v_p2 and a.kind = 'APPROACH'
    order by a.position, x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 99 then raise exception 'priority 2: expected 99 partner links, made %', v_rows; end if;

    -- Priority 3 'Ouderen en veiligheid' (lines 357-370; partners lines 643-644)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p3, 'APPROACH', 0,
'In samenwerking met zorg verder uitvoering geven aan het huidige plan van aanpak ouderen en veiligheid',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p3, 'APPROACH', 1,
'Ouderen bewust maken van veiligheid in en rondom de woning op het gebied van babbeltrucs, woninginbraken en brandveiligheid',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p3, 'APPROACH', 2,
'Onderzoek naar aanpak voor verbeteren digitale weerbaarheid',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p3, 'APPROACH', 3,
'Contacten tussen bewoners intensiveren; ‘samen sta je sterk’',
null);
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, pt.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('politie',                                      'Politie',              0),
        ('brandweer-haaglanden',                         'Brandweer',            1),
        ('leidschendam-voorburg-participatieraad',       'Participatieraad',     2),
        ('leidschendam-voorburg-inwoners',               'inwoners',             3),
        ('leidschendam-voorburg-zorgpartijen',           'zorgpartijen',         4),
        ('leidschendam-voorburg-oov',                    'OOV',                  5),
        ('leidschendam-voorburg-mro',                    'MRO',                  6)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key
    where a.framework_id = v_framework and a.theme_id = v_p3 and a.kind = 'APPROACH'
    order by a.position, x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 28 then raise exception 'priority 3: expected 28 partner links, made %', v_rows; end if;

    -- Priority 4 'Verkeersveiligheid' (lines 277-294; partners line 676)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p4, 'APPROACH', 0,
'In samenhang met het nog op te stellen verkeers- en vervoersplan wordt gewerkt aan verkeersveiligheid;',
'- Aanpak top 10 ongevallenconcentraties
- Aanpak top 10 cross trajecten (snelheid en ongevallen)
- Aandacht voor verkeersveilige fietsroutes i.r.t. ouderen doelgroep i.s.m. snellere elektrische fietsen
- Creëren van bewustzijn bereikbaarheid hulpdiensten i.r.t. parkeerdruk
- Verkeersveiligheid rondom scholen');
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, pt.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('politie',                                      'Politie',              0),
        ('brandweer-haaglanden',                         'Brandweer',            1),
        ('leidschendam-voorburg-mro',                    'MRO',                  2),
        ('leidschendam-voorburg-oov',                    'OOV',                  3),
        ('leidschendam-voorburg-stadsbeheer',            'SB',                   4),
        ('leidschendam-voorburg-handhaving',             'HH',                   5),
        ('leidschendam-voorburg-communicatie',           'Communicatie',         6)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key
    where a.framework_id = v_framework and a.theme_id = v_p4 and a.kind = 'APPROACH'
    order by a.position, x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 7 then raise exception 'priority 4: expected 7 partner links, made %', v_rows; end if;

    -- Priority 5 'Woninginbraken' (lines 254-266; partners lines 717-718)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p5, 'APPROACH', 0,
'Voortzetting huidige aanpak woninginbraken waarin hotspotgericht acties worden uitgevoerd in samenwerking met alle partijen',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p5, 'APPROACH', 1,
'Blijven inzetten op informeren van inwoners en de maatregelen die zij zelf kunnen treffen',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_p5, 'APPROACH', 2,
'Extra ogen en oren d.m.v. inzet van buurtpreventie, buurt whats app en burgernet',
null);
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select a.id, pt.id, 'BETROKKEN', x.wording, x.position
    from activity a
    cross join (values
        ('politie',                                      'Politie',              0),
        ('openbaar-ministerie',                          'Openbaar Ministerie',  1),
        ('woningcorporaties',                            'Woningcorporaties',    2),
        ('leidschendam-voorburg-buurtpreventieteams',    'Buurtpreventieteams',  3),
        ('leidschendam-voorburg-handhaving',             'Handhaving',           4),
        ('leidschendam-voorburg-oov',                    'OOV',                  5),
        ('leidschendam-voorburg-stadsbeheer',            'Stadsbeheer',          6),
        ('leidschendam-voorburg-communicatie',           'Communicatie',         7)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key
    where a.framework_id = v_framework and a.theme_id = v_p5 and a.kind = 'APPROACH'
    order by a.position, x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 24 then raise exception 'priority 5: expected 24 partner links, made %', v_rows; end if;

    -- A3 bottom right: 'Veiligheidsbudget' (source lines 417-437). No year is printed. 'Verkeersveiligheid'
    -- has no amount but 'Ambtelijke inzet'. Lines that name a theme of this framework are linked to it.
    insert into budget_table (framework_id, title, year, printed_total_cents, position)
    values (v_framework, 'Veiligheidsbudget', null, 590623200, 0)  -- 'Totaal € 5.906.232,-'
    returning id into v_budget;
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, position)
    values (v_budget, null, 'Integrale veiligheid', 6663400, null, 0);  -- 'Integrale veiligheid € 66.634,-'
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, position)
    values (v_budget, v_s441, 'Radicalisering', 2873500, null, 1);  -- 'Radicalisering € 28.735,-'
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, position)
    values (v_budget, null, 'Bijdrage aan VRH', 575000000, null, 2);  -- 'Bijdrage aan VRH € 5.750.000,-'
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, position)
    values (v_budget, v_p4, 'Verkeersveiligheid', null, 'Ambtelijke inzet', 3);  -- 'Verkeersveiligheid Ambtelijke inzet'
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, position)
    values (v_budget, v_p1, 'Bijdrage aan OVP', 1486300, null, 4);  -- 'Bijdrage aan OVP € 14.863,-'
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, position)
    values (v_budget, v_s433, 'Crisisbeheersing', 3600000, null, 5);  -- 'Crisisbeheersing € 36.000,-'
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, position)
    values (v_budget, v_p3, 'Ouderen en veiligheid', 1000000, null, 6);  -- 'Ouderen en veiligheid € 10.000,-'
    if (select sum(amount_cents) from budget_line where budget_table_id = v_budget) <> 590623200 then
        raise exception 'budget lines do not add up to the printed total';
    end if;

    -- Chapter 3 'Toelichting aanpak op hoofdlijnen' (source lines 459-718) ----------------------------
    -- One table per priority. Nummer/Onderwerp/Trekker/Doelstelling are theme columns (above). Per
    -- priority a heading-only section (the Onderwerp), then level 3 'Doelstelling' (the whole cell: the
    -- goal and the figures printed under it), 'Toelichting' (with the two printed sub-headings of
    -- priority 1 as level 4) and 'Betrokken partijen' (the cell as printed; the links are made above).
    -- position 6: '3. Toelichting aanpak op hoofdlijnen veiligheidsbeleid 2020-2022'; line 459
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '3. Toelichting aanpak op hoofdlijnen veiligheidsbeleid 2020-2022',
'', 6);

    -- Priority 1 (source lines 462-539)
    -- position 7: 'Personen met verward gedrag'; Nummer 1
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p1, 2, 'Personen met verward gedrag',
'', 7);
    -- position 8: 'Doelstelling'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p1, 3, 'Doelstelling',
'Overlast beperken door het zo vroegtijdig mogelijk aanpakken van personen met verward en risicovol gedrag

Personen die verward gedrag vertonen kunnen voor overlast zorgen. In veel gevallen wordt de politie gebeld bij overlast, maar vooral hebben deze mensen hulp nodig. Het aantal overlastmeldingen van personen met verward gedrag is de afgelopen jaren fors gestegen. Ook vergeleken met de gemeenten binnen het politiedistrict is dit harder gestegen in Leidschendam-Voorburg. In 2015 en 2016 ging het om respectievelijk 191 en 192 meldingen. In 2017 steeg dit aantal naar 339 en afgelopen jaar is dit aantal gestegen naar 443 meldingen. Het aantal meldingen van overlast door personen met verward gedrag moet dalen.', 8);
    -- position 9: 'Toelichting'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p1, 3, 'Toelichting',
'Op het gebied van personen met verward gedrag wordt vanuit verschillende (tegelijkertijd in elkaars verlengde) invalshoeken gewerkt.

- Brede sluitende aanpak voor personen met verward gedrag
- Aanpak van casuïstiek in Lokale kamer op het gebied van personen met verward en risicovol gedrag', 9);
    -- position 10: 'Brede sluitende aanpak voor personen met verward gedrag'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p1, 4, 'Brede sluitende aanpak voor personen met verward gedrag',
'In 2018 is vanuit het domein zorg de sluitende aanpak op het gebied van personen met verward gedrag opgesteld in samenwerking met de zorg- en veiligheidspartners. Het gaat hierbij om een aanpak vanuit het domein zorg welke ook bijdraagt aan veiligheid. Deze aanpak behelst 9 puzzelstukken welke gezamenlijk een brede integrale aanpak vormen. Het gaat hierbij om de volgende puzzelstukjes (in bijlage 7.2 wordt beschreven onder de puzzelstukjes verstaan wordt);

1. Inbreng mensen met verward gedrag en omgeving
2. Preventie en levensstructuur
3. Vroegtijdige signalering
4. Melding
5. Beoordeling en risicotaxatie
6. Toeleiding
7. Passend vervoer
8. Passende ondersteuning, zorg en straf
9. Informatievoorziening

De komende jaren wordt verder geborduurd op deze aanpak en met de partners besproken. Daar waar nodig of waar winst te boeken is, wordt deze verbeterd.', 10);
    -- position 11: 'Aanpak van casuïstiek in Lokale Kamer op het gebied van personen met verward en risicovol gedrag'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p1, 4, 'Aanpak van casuïstiek in Lokale Kamer op het gebied van personen met verward en risicovol gedrag',
'De Lokale Kamer pakt casuïstiek op welke vanuit de partners gemeld worden. Een belangrijk onderscheid hierin is dat het hierbij gaat om personen welk verward en risicovol gedrag vertonen. Het veiligheids- of overlastprobleem is hierbij een plus op de problematiek. De Lokale Kamer voert de regie in de casussen waardoor de partners vanuit de zorg- en veiligheidsketen vanuit de eigen verantwoordelijkheid kunnen werken aan de aanpak.

Mocht een casus gemeentegrens overstijgend zijn of betrokkenheid van het Openbaar Ministerie benodigd zijn, wordt er opgeschaald naar het Veiligheidshuis Haaglanden.

In de komende periode wordt de werkwijze van de Lokale Kamer (inclusief de werkafspraken met de partners) samen met de partners (GGZ, politie, woningcorporaties, Meldpunt Bezorgd, Buurtbemiddeling) geëvalueerd. Op basis van deze evaluatie wordt waar nodig de aanpak verbeterd.

Personen met verward gedrag kunnen door de politie naar de Opvang Verwarde Personen (ovp) in Den Haag worden (laten) gebracht. Bij de ovp worden personen beoordeeld en vindt een risicotaxatie plaats. Samen met de partners wordt onderzocht/besproken hoe de samenwerking en de werkprocessen met de ovp verloopt en waar eventueel verbetering mogelijk is.', 11);
    -- position 12: 'Betrokken partijen'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p1, 3, 'Betrokken partijen',
'Politie, Veiligheidshuis, Meldpunt Bezorgd, GGD, GGZ, Woningcorporaties, Gemeente (MRO, OOV, Lokale Kamer)', 12);

    -- Priority 2 (source lines 544-605)
    -- position 13: 'Jeugdoverlast en –criminaliteit'; Nummer 2
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p2, 2, 'Jeugdoverlast en –criminaliteit',
'', 13);
    -- position 14: 'Doelstelling'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p2, 3, 'Doelstelling',
'- Het aantal meldingen jeugdoverlast valt niet hoger uit dan 600 per jaar
- Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren

Het aantal meldingen jeugdoverlast ligt de laatste jaren rond de 565 meldingen per jaar. In 2010 lag het aantal meldingen overlast door jeugd op ongeveer 1092. Door het opzetten van de toenmalige JORP aanpak wat later is overgegaan in de Lokale Kamer is dit aantal gedaald tot het huidige niveau. De inzet is om dit niveau vast te blijven houden.

Daarnaast waren de afgelopen jaren verschillende en dynamische jeugdgroepen actief (1 criminele en 1 of 2 overlastgevende groepen). Inmiddels wordt niet meer gesproken over overlastgevende of criminele jeugdgroepen, maar over problematische jeugdgroepen waarvoor een brede aanpak wordt opgesteld. De doelstelling is om te voorkomen dat er problematische jeugdgroepen actief worden en als ze actief zijn, te voorkomen dat ze criminele activiteiten gaan uitvoeren.', 14);
    -- position 15: 'Toelichting'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p2, 3, 'Toelichting',
'Het thema jeugdoverlast en –criminaliteit is net als in de vorige beleidsperiode aangeduid als prioriteit. De afgelopen jaren zijn met de aanpak vanuit de lokale kamer vooruitgang geboekt op de aanpak van jeugdoverlast en –criminaliteit. Deze ingeslagen weg wordt voortgezet. Met de partners wordt continue besproken hoe de samenwerking verloopt en welke ontwikkelingen bij de doelgroep zichtbaar zijn. Op basis daarvan wordt de aanpak en/of de samenwerking verder ontwikkeld.

Ook de samenwerking binnen het Veiligheidshuis Haaglanden blijft zich ontwikkelen. Als regio wordt er steeds nadrukkelijker samengewerkt binnen de zorg- en veiligheidsdomeinen. Deze ontwikkeling zet zich de komende periode voort.

Naast deze ontwikkelingen zal uiteraard nog steeds aandacht worden geschonken aan de preventieve kant. Te denken valt aan het voorkomen van vroegtijdige schooluitval en jeugd deel laten nemen aan sport en andere activiteiten.

Vanuit toezicht en handhaving wordt verkend of het beleggen van de taakaccent jeugd bij een van de BOA’s wenselijk is. De betreffende BOA zou in dat geval zich naverwant bezig houden met het thema jeugd en daarin de samenwerking met andere partners zoeken.

Met de regionaal coördinator mensenhandel wordt de samenwerking gezocht vanuit de Lokale Kamer om te bekijken op welke vlakken samenwerking mogelijk en of noodzakelijk is.

Daarnaast zal ook meer aandacht geschonken worden aan het thema alcohol en jeugd in relatie met evenementen. Hiervoor zal in de komende beleidsperiode onderzocht worden op welke wijze dit opgepakt kan worden.', 15);
    -- position 16: 'Betrokken partijen'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p2, 3, 'Betrokken partijen',
'Lokale Kamer, Veiligheidshuis, VO-scholen, Politie, Buurtpreventieteams, Gemeente (Handhaving, OOV, MRO, WIJZ, JOSO, Vergunningen)', 16);

    -- Priority 3 (source lines 609-644)
    -- position 17: 'Ouderen en veiligheid'; Nummer 3
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p3, 2, 'Ouderen en veiligheid',
'', 17);
    -- position 18: 'Doelstelling'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p3, 3, 'Doelstelling',
'Het slachtofferschap onder ouderen blijft onverminderd laag en ouderen blijven zich veilig voelen.

Er zijn geen specifieke cijfers omtrent slachtofferschap onder ouderen. Dit wordt gemonitord vanuit de werkgroep ouderen en veiligheid en gaat op basis van de beelden van de partners. Het huidig beeld is dat het slachtofferschap laag is, maar dat de impact bij slachtoffers vanwege de kwetsbaarheid hoog is.', 18);
    -- position 19: 'Toelichting'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p3, 3, 'Toelichting',
'Bij het thema ouderen en veiligheid ligt de focus op de veiligheid van ouderen in en rondom de eigen woning; babbeltrucs, brandveiligheid en woningbraken. Daarnaast worden de mogelijkheden onderzocht om de digitale weerbaarheid van ouderen te verhogen. Vanuit het werkveld zijn er geen signalen om de focus op andere thema’s te leggen, dan waar de focus de afgelopen periode al op lag.

Ook wordt er vanuit zorg uitvoering gegeven aan het plan ouderen en veiligheid; hierbij kan gedacht worden aan activiteiten op het gebied van financiële veiligheid en babbeltrucs.

Maar ook op het gebied van het intensiveren van contacten tussen bewoners. Daarbij hoort ook het betrekken van familie en verzorgers. Zij hebben ook een belangrijke rol bij het alert houden van ouderen op het gebied van veiligheid. Hiervoor worden bijvoorbeeld presentaties gehouden aan de doelgroep en hun familieleden en verzorgers.', 19);
    -- position 20: 'Betrokken partijen'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p3, 3, 'Betrokken partijen',
'Politie, Brandweer, Participatieraad, inwoners, zorgpartijen en gemeente (OOV, MRO)', 20);

    -- Priority 4 (source lines 649-676)
    -- position 21: 'Verkeersveiligheid'; Nummer 4
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p4, 2, 'Verkeersveiligheid',
'', 21);
    -- position 22: 'Doelstelling'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p4, 3, 'Doelstelling',
'Het verbeteren van de verkeersveiligheid op specifieke locaties waar knelpunten zijn.', 22);
    -- position 23: 'Toelichting'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p4, 3, 'Toelichting',
'Voor het thema verkeersveiligheid is het verkeer- en vervoersplan het vertrekpunt. Vanuit veiligheid wordt in overleg met de partners input gegeven voor de te realiseren doelen vanuit het verkeer- en vervoersplan. Vanuit het huidige verkeer- en vervoersplan wordt aandacht geschonken aan de volgende onderwerpen m.b.t. verkeersveiligheid;

- Aanpak top 10 ongevallenconcentraties
- Aanpak top 10 cross trajecten (snelheid en ongevallen)
- Aandacht voor verkeersveilige fietsroutes i.r.t. doelgroep ouderen in samenhang met snellere elektrische fietsen
- E-bike/fietscursussen voor ouderen
- Verkeersveiligheid rondom scholen', 23);
    -- position 24: 'Betrokken partijen'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p4, 3, 'Betrokken partijen',
'Politie, Brandweer, Gemeente (MRO, OOV, SB, HH, Communicatie)', 24);

    -- Priority 5 (source lines 681-718)
    -- position 25: 'Woninginbraken'; Nummer 5
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p5, 2, 'Woninginbraken',
'', 25);
    -- position 26: 'Doelstelling'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p5, 3, 'Doelstelling',
'Het aantal woninginbraken valt niet hoger uit dan 200 per jaar.

Het aantal woninginbraken is de laatste jaren enorm gedaald. In 2011 waren er 825 inbraken, wat resulteerde in het opzetten en uitvoeren van een multidisciplinaire integrale ketenaanpak. Het aantal inbraken daalde gestaag (2016; 315, 2017; 274 en 2018; 181).', 26);
    -- position 27: 'Toelichting'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p5, 3, 'Toelichting',
'De komende jaren wordt de huidige aanpak woningbraken voortgezet. Op basis van analyses wordt een hotspot- hot victim en dadergerichte aanpak uitgevoerd. Tijdens de aanpak wordt ook structureel met de partners besproken hoe de samenwerking verloopt en welke ontwikkelingen er zijn op het gebied van woninginbraken op basis waarvan de aanpak wordt doorontwikkeld.

Daarnaast blijft het van belang om het thema woninginbraken en wat inwoners daar zelf aan kunnen doen gedeeld wordt met inwoners. Dit gaat via verschillende manieren; schriftelijk, digitaal en door inzet van bijvoorbeeld buurtpreventieteams. Die laatste hebben ook een grote rol in het zichtbaar in de wijk aanwezig zijn en het signaleren en melden van misstanden. Zo ook op het gebeid van woninginbraken.

Ook de buurt whats app groepen is een initiatief dat wij als gemeente toejuichen. Hiermee worden namelijk meer inwoners betrokken bij het signaleren en melden van misstanden. De rol van de inwoner zelf is namelijk het grootst. Zij kunnen zelf door het plaatsen van goed hang- en sluitwerk (en deze ook te gebruiken) en door misstanden te signaleren en melden het best voorkomen om slachtoffer te worden van woninginbraak.', 27);
    -- position 28: 'Betrokken partijen'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_p5, 3, 'Betrokken partijen',
'Politie, Openbaar Ministerie, Woningcorporaties, Buurtpreventieteams, Gemeente (Handhaving, OOV, Stadsbeheer, Communicatie)', 28);

    -- Figures of chapter 3 -> KPIs (one per measured quantity) with measurements; note = the printed
    -- wording. Where no year is printed ('afgelopen jaar', 'de laatste jaren') year stays NULL and the
    -- note says so. No target year is printed ('per jaar'): target_year NULL.
    -- priority 1, lines 473-476; target: 'Het aantal meldingen van overlast door personen met verward gedrag moet dalen.'
    select id into strict v_objective from objective where theme_id = v_p1 and text = 'Overlast beperken door het zo vroegtijdig mogelijk aanpakken van personen met verward en risicovol gedrag';
    insert into kpi (framework_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text)
    values (v_framework, v_p1, v_objective, 0, 'Aantal overlastmeldingen van personen met verward gedrag', 'meldingen per jaar', 'NUMERIC', 'DECREASE', null, 'moet dalen')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2015', 2015, 191, null,
'In 2015 en 2016 ging het om respectievelijk 191 en 192 meldingen.');
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2016', 2016, 192, null,
'In 2015 en 2016 ging het om respectievelijk 191 en 192 meldingen.');
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2017', 2017, 339, null,
'In 2017 steeg dit aantal naar 339 en afgelopen jaar is dit aantal gestegen naar 443 meldingen.');
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, 'afgelopen jaar', null, 443, null,
'In 2017 steeg dit aantal naar 339 en afgelopen jaar is dit aantal gestegen naar 443 meldingen.

Het document noemt bij dit cijfer geen jaartal (''afgelopen jaar''); het jaar is daarom leeg gelaten.');
    -- priority 2, lines 548 and 554-555; target 'valt niet hoger uit dan 600 per jaar'
    select id into strict v_objective from objective where theme_id = v_p2 and text = 'Het aantal meldingen jeugdoverlast valt niet hoger uit dan 600 per jaar';
    insert into kpi (framework_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text)
    values (v_framework, v_p2, v_objective, 1, 'Aantal meldingen jeugdoverlast', 'meldingen per jaar', 'NUMERIC', 'AT_MOST', 600, null)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2010', 2010, 1092, 'ongeveer 1092',
'In 2010 lag het aantal meldingen overlast door jeugd op ongeveer 1092.');
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, 'de laatste jaren', null, 565, 'rond de 565',
'Het aantal meldingen jeugdoverlast ligt de laatste jaren rond de 565 meldingen per jaar.

Het document noemt bij dit cijfer geen jaartal (''de laatste jaren''); het jaar is daarom leeg gelaten.');
    -- priority 2, line 550: 'Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren'; no figure printed
    select id into strict v_objective from objective where theme_id = v_p2 and text = 'Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren';
    insert into kpi (framework_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text)
    values (v_framework, v_p2, v_objective, 2, 'Aantal actieve problematische jeugdgroepen welke criminele activiteiten uitvoeren', 'jeugdgroepen', 'NUMERIC', 'EQUAL', 0, null)
    returning id into v_kpi;
    -- priority 2, lines 560-561; no target printed
    select id into strict v_objective from objective where theme_id = v_p2 and text = 'Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren';
    insert into kpi (framework_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text)
    values (v_framework, v_p2, v_objective, 3, 'Aantal actieve criminele jeugdgroepen', 'jeugdgroepen', 'NUMERIC', null, null, null)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, 'de afgelopen jaren', null, 1, null,
'Daarnaast waren de afgelopen jaren verschillende en dynamische jeugdgroepen actief (1 criminele en 1 of 2 overlastgevende groepen).

Het document noemt bij dit cijfer geen jaartal (''de afgelopen jaren''); het jaar is daarom leeg gelaten.');
    -- priority 2, lines 560-561; '1 of 2' is no single number: value_text only
    select id into strict v_objective from objective where theme_id = v_p2 and text = 'Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren';
    insert into kpi (framework_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text)
    values (v_framework, v_p2, v_objective, 4, 'Aantal actieve overlastgevende jeugdgroepen', 'jeugdgroepen', 'NUMERIC', null, null, null)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, 'de afgelopen jaren', null, null, '1 of 2',
'Daarnaast waren de afgelopen jaren verschillende en dynamische jeugdgroepen actief (1 criminele en 1 of 2 overlastgevende groepen).

Het document noemt bij dit cijfer geen jaartal (''de afgelopen jaren''); het jaar is daarom leeg gelaten.');
    -- priority 5, lines 686-691; target 'valt niet hoger uit dan 200 per jaar'
    select id into strict v_objective from objective where theme_id = v_p5 and text = 'Het aantal woninginbraken valt niet hoger uit dan 200 per jaar';
    insert into kpi (framework_id, theme_id, objective_id, position, name, unit, kind, comparator, target_value, target_text)
    values (v_framework, v_p5, v_objective, 5, 'Aantal woninginbraken', 'woninginbraken per jaar', 'NUMERIC', 'AT_MOST', 200, null)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2011', 2011, 825, null,
'In 2011 waren er 825 inbraken, wat resulteerde in het opzetten en uitvoeren van een multidisciplinaire integrale ketenaanpak.');
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2016', 2016, 315, null,
'Het aantal inbraken daalde gestaag (2016; 315, 2017; 274 en 2018; 181).');
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2017', 2017, 274, null,
'Het aantal inbraken daalde gestaag (2016; 315, 2017; 274 en 2018; 181).');
    insert into measurement (kpi_id, period, year, value, value_text, note)
    values (v_kpi, '2018', 2018, 181, null,
'Het aantal inbraken daalde gestaag (2016; 315, 2017; 274 en 2018; 181).');

    -- Chapter 4 'Bestaande activiteiten' (source lines 729-965) ----------------------------------------
    -- The chapter introduction is a narrative section; fields and themes are the GOING_CONCERN themes
    -- above; per theme one EXISTING_ACTIVITY: title = the first sentence of the printed text on what is
    -- done, description = the rest of it. Partners are linked where that text names the organisation
    -- that does it (BETROKKEN, wording as printed there).
    -- position 29: '4. Bestaande activiteiten'; lines 729-735
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '4. Bestaande activiteiten',
'Naast de werkzaamheden op de prioriteiten wordt ook uitvoering gegeven aan de al bestaande activiteiten op de andere veiligheidsthema’s. Deze werkzaamheden dragen bij aan het totale veiligheidsbeeld. De focus ligt op de prioriteiten voor wat betreft het volgen van ontwikkelingen en opzetten van nieuwe aanpakken. De bestaande activiteiten van de overige veiligheidsthema’s zijn meer beheersmatig van aard om te voorkomen dat het slechter gaat met het betreffende veiligheidsthema. Hieronder wordt weergegeven om welke activiteiten het gaat. Deze zijn onderverdeeld onder veiligheidsvelden conform het Kernbeleid Veiligheid van de VNG.', 29);
    -- 4.1.1 Sociale kwaliteit
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s411, 'EXISTING_ACTIVITY', 0,
'Hiervoor zijn verschillende activiteiten die effecten moeten aanpakken, dan wel moeten voorkomen.',
'Het gaat dan om de inzet van buurtbemiddeling en het uitvoeren van de Wet Woonoverlast bij burenruzies/woonoverlast, de aanpak van multiprobleemgezinnen vanuit de Lokale Kamer, zorgtrajecten voor mensen die hulp nodig hebben, toezicht op illegale bewoning en daarnaast zorgt de inzet van buurtpreventieteams en Buurt whats app groepen dat de sociale kwaliteit in een wijk/buurt verbeterd.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('leidschendam-voorburg-lokale-kamer', 'Lokale Kamer', 0),
        ('leidschendam-voorburg-buurtpreventieteams', 'buurtpreventieteams', 1)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 2 then raise exception '4.1.1: expected 2 partner links, made %', v_rows; end if;
    -- 4.1.2 Fysieke kwaliteit
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s412, 'EXISTING_ACTIVITY', 0,
'Met name de activiteiten van Stadsbeheer op het gebied van het beheer van de openbare ruimte en het verwijderen van graffiti en zwerfvuil dragen hier positief bij aan.',
'Ook de inzet van buurtpreventieteams in de zin van ogen en oren draagt hier bij aan. Door actief misstanden te melden, kan sneller inzet worden gepleegd ten gunste van de fysieke kwaliteit.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('leidschendam-voorburg-stadsbeheer', 'Stadsbeheer', 0),
        ('leidschendam-voorburg-buurtpreventieteams', 'buurtpreventieteams', 1)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 2 then raise exception '4.1.2: expected 2 partner links, made %', v_rows; end if;
    -- 4.1.3 Objectieve veiligheid
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s413, 'EXISTING_ACTIVITY', 0,
'Bij toename van criminaliteitscijfers op een van de thema’s wordt een aanpak op basis van analyse opgezet op het betreffende thema.',
'Ook worden er preventie-acties uitgevoerd. Hierbij kan gedacht worden een schouw van geparkeerde voertuigen. Daarnaast worden op hotspots lokfietsen e.d. geplaatst om daders te pakken. Vanuit de Lokale Kamer is een multidisciplinaire aanpak op daders. Vanuit het zorgdomein wordt huiselijk geweld aangepakt en bij excessen is er inzet van een tijdelijk huisverbod. Bij woonovervallen wordt nazorg aangeboden.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('leidschendam-voorburg-lokale-kamer', 'Lokale Kamer', 0)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 1 then raise exception '4.1.3: expected 1 partner links, made %', v_rows; end if;
    -- 4.1.4 Subjectieve veiligheid
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s414, 'EXISTING_ACTIVITY', 0,
'Inzet van buurtpreventieteams, het faciliteren van Buurt whats app borden aan Buurt whats app groepen en het promoten van deelname aan Burgernet zijn activiteiten die hiervoor worden uitgevoerd.',
null)
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('leidschendam-voorburg-buurtpreventieteams', 'buurtpreventieteams', 0)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 1 then raise exception '4.1.4: expected 1 partner links, made %', v_rows; end if;
    -- 4.1.5 Veilige jaarwisseling
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s415, 'EXISTING_ACTIVITY', 0,
'Er wordt een draaiboek opgesteld voor de jaarwisseling met daar onder meer in opgenomen;',
'- (vrijwillig) vuurwerkvrije zones
- afspraken met vuurwerkverkopers
- afspraken omtrent opruimen van de openbare ruimte
- gesprekken met jongeren ter voorkoming van overlast')
    returning id into v_activity;
    -- 4.2.1 Veilig winkelgebied
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s421, 'EXISTING_ACTIVITY', 0,
'Momenteel wordt door de eigenaar gewerkt (in samenwerking met de veiligheidspartners) aan een veiligheidsplan voor de Mall of the Netherlands.',
'Wanneer in andere winkelgebieden sprake is van onveiligheid(sgevoelens) wordt het onderwerp veiligheid besproken in het detailhandelsoverleg en gezamenlijk besproken op welke wijze dit aangepakt kan worden. Daarnaast is er een jaarlijks monitoringsoverleg om te bekijken hoe het gaat.')
    returning id into v_activity;
    -- 4.2.2 Veilige bedrijventerreinen
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s422, 'EXISTING_ACTIVITY', 0,
'Vanuit het beleidsveld economie is er structureel overleg met de bedrijventerreinen.',
'Mochten er veiligheidsonderwerpen zijn die spelen,, wordt daar geagendeerd. Voor wat betreft illegale bewoning geldt dat als er signalen binnen komen dat dit speelt, wordt dat nader onderzocht en zo nodig handhavend opgetreden.')
    returning id into v_activity;
    -- 4.2.3 Veilig uitgaan/horeca
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s423, 'EXISTING_ACTIVITY', 0,
'Vanuit handhaving vindt toezicht plaats op de horecagelegenheden en wordt uitvoering gegeven aan de toezicht van de Drank- en Horecawet.',
'Bij specifieke casuïstiek wordt een maatwerkaanpak opgezet.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('leidschendam-voorburg-handhaving', 'handhaving', 0)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 1 then raise exception '4.2.3: expected 1 partner links, made %', v_rows; end if;
    -- 4.2.4 Veilige evenementen
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s424, 'EXISTING_ACTIVITY', 0,
'In de regio Haaglanden wordt gewerkt met een regionaal evenementenkader.',
'Daarnaast wordt er gewerkt met een jaarkalender zodat inzichtelijk is waar wanneer en evenement is zodat de hulpdiensten hierop kunnen inspelen qua capaciteit en om te voorkomen dat meerdere evenementen gelijktijdig plaatsvinden (rekening houdend met grootte en risicoprofiel van evenement). Bij de grotere evenementen in Leidschendam-Voorburg wordt door de organisator een veiligheidsplan opgesteld en ter advies voorgelegd aan de veiligheidsdiensten.')
    returning id into v_activity;
    -- 4.3.1 Brandveiligheid
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s431, 'EXISTING_ACTIVITY', 0,
'De VRH geeft uitvoering aan het Programma Brandveilig Leven waarin risicogroepen (jongeren en ouderen in Leidschendam-Voorburg) worden betrokken.',
'Daarnaast wordt door Brandweer Haaglanden van de VRH uitvoering gegeven aan het programma risicobeheersing (controle en advies (woon)objecten in Leidschendam-Voorbrug). Ook is vanuit het handhavingsbeleid van de gemeente aandacht voor het brandveiligheid vanuit de toezichthoudende rol.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('veiligheidsregio-haaglanden', 'VRH', 0),
        ('brandweer-haaglanden', 'Brandweer Haaglanden', 1)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 2 then raise exception '4.3.1: expected 2 partner links, made %', v_rows; end if;
    -- 4.3.2 Externe veiligheid
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s432, 'EXISTING_ACTIVITY', 0,
'Op het gebied van externe veiligheid wordt gewerkt met een risicokaart waarop te zien welke externe veiligheid risico’s er in de omgeving zijn.',
'Deze wordt beheerd door de gemeenten. Doordat dit in beeld is wordt ook rekening gehouden met externe veiligheid in de ruimtelijke ordening (ruimtelijk ordeningsplannen). Daarnaast prepareert e brandweer zich op incidenten die zich kunnen voordoen conform de risico’s in het gebied. Ook de ODH heeft een rol op het gebied van externe veiligheid.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('brandweer-haaglanden', 'brandweer', 0),
        ('omgevingsdienst-haaglanden', 'ODH', 1)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 2 then raise exception '4.3.2: expected 2 partner links, made %', v_rows; end if;
    -- 4.3.3 Crisisbeheersing
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s433, 'EXISTING_ACTIVITY', 0,
'De veiligheidsregio en gemeenten werken conform het regionaal risicoprofiel, - beleidsplan en –crisisplan.',
'Binnen Leidschendam-Voorburg worden de mensen met een rol binnen de crisisbeheersingsorganisatie geprepareerd doormiddel van uitvoering te geven van het opleidings- en oefenplan. Afgelopen jaar is een nieuw regionaal deelplan bevolkingszorg opgesteld welke in de komende periode door de gemeenten moet worden geïmplementeerd. Daarnaast wordt uitvoering gegeven aan het project opvang van kwetsbare personen bij incidenten en het project hoe om te gaan met verstoring/uitval van energievoorziening & uitval ICT, Telecom en 112.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('veiligheidsregio-haaglanden', 'veiligheidsregio', 0)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 1 then raise exception '4.3.3: expected 1 partner links, made %', v_rows; end if;
    -- 4.4.1 Radicalisering en polarisatie
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s441, 'EXISTING_ACTIVITY', 0,
'In de vorige beleidsperiode is een beleidsstuk op het gebied van radicalisering opgesteld en deze wordt uitgevoerd.',
'Daarnaast worden vormen van radicalisering aangepakt in de Lokale Kamer en/of Veiligheidshuis. Dit geldt ook voor eventuele terugkeerders van uitreizigers.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('leidschendam-voorburg-lokale-kamer', 'Lokale Kamer', 0),
        ('zorg-en-veiligheidshuis-haaglanden', 'Veiligheidshuis', 1)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 2 then raise exception '4.4.1: expected 2 partner links, made %', v_rows; end if;
    -- 4.4.2 Georganiseerde en ondermijnende criminaliteit
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s442, 'EXISTING_ACTIVITY', 0,
'In samenwerking met het Regionaal Informatie en Expertise Centrum (RIEC) wordt op basis van signalen casuïstiek aangepakt.',
'Hiervoor is er periodiek een lokaal RIEC-overleg om signalen die lokaal spelen te bespreken en deze te toetsen met de partners om te zien of hier een casus uit voort komt. Daarnaast is er periodiek een districtelijk RIEC overleg waar bovenlokale casussen besproken worden en fenomenen op dit vlak worden besproken. Tenslotte voeren wij lokaal ons BIBOB beleid uit.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('riec-haaglanden', 'Regionaal Informatie en Expertise Centrum (RIEC)', 0)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 1 then raise exception '4.4.2: expected 1 partner links, made %', v_rows; end if;
    -- 4.4.3 Integriteit
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s443, 'EXISTING_ACTIVITY', 0,
'Hiervoor wordt het ambtelijk integriteitsbeleid uitgevoerd, waaronder bijvoorbeeld de gedragscode, trainingen en het onder de aandacht houden van integriteit valt. .',
null)
    returning id into v_activity;
    -- 4.4.4 Informatieveiligheid
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_s444, 'EXISTING_ACTIVITY', 0,
'Intern wordt gewerkt aan informatieveiligheid en –beveiliging.',
'Daarnaast wordt gesproken over de raakvlakken tussen informatieveiligheid en openbare orde en veiligheid.')
    returning id into v_activity;
    -- 4.5 Zorg en veiligheid (no sub-themes)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_f45, 'EXISTING_ACTIVITY', 0,
'Per 1 januari 2020 gaat de Wet Verplichte GGZ in.',
'Daarnaast ontwikkeld het Veiligheidshuis zich door tot een zorg en veiligheidshuis, hebben we aandacht voor zorg en begeleiding van statushouders, werken we aan vroegsignalering met aandacht voor bewoner achter de voordeur, brengen we het thema brandveiligheid onder de aandacht bij de risicogroepen en vind er een doorontwikkeling plaats op het gebied van de aanpak nazorg ex-gedetineerden.')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, pt.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('zorg-en-veiligheidshuis-haaglanden', 'Veiligheidshuis', 0)
    ) as x (key, wording, position)
    join partner pt on pt.key = x.key;
    get diagnostics v_rows = row_count;
    if v_rows <> 1 then raise exception '4.5: expected 1 partner links, made %', v_rows; end if;

    -- Chapter 5 (source lines 972-1038) --------------------------------------------------------------
    -- position 30: '5. Organisatie van veiligheid'; lines 972-1038
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '5. Organisatie van veiligheid',
'De regierol van het lokaal veiligheidsbeleid ligt bij de gemeente en betekent dat de beleidsontwikkeling en de uitvoering van het beleid aan de gang moeten worden gehouden. Vele interne en externe partners zijn actief op het terrein van veiligheid. Om een versnipperde aanpak te voorkomen voert de gemeente regie. Dit kan niet zonder een goede organisatie en borging daarvan. Onderscheid moet worden gemaakt in de politiek-bestuurlijke regie, de ambtelijke regie en operationele regie.

Het openbaar bestuur draagt ervoor zorg dat in samenwerking met (veiligheids)partners een veiligheidsbeleid is en volgens dat principe gewerkt wordt. De ambtelijke regie bestaat uit het bijeen brengen van partners op specifieke thema’s en hier inhoudelijk mee aan de slag gaan vanuit ieders eigen verantwoordelijkheid. De operationele regie kan bij elk van de (veiligheids)partners liggen en houdt in dat een gekozen aanpak op uitvoerend niveau wordt getrokken d.m.v. stimuleren/faciliteren/maken van afspraken/partijen bij elkaar brengen/houden/enz.

Dit betekent wanneer gesproken wordt over regie dat de verantwoordelijkheid geen exclusieve aangelegenheid is van een partij. Het gaat om een gedeelde verantwoordelijkheid met alle betrokken (veiligheids)partners, zowel overheidsinstanties als particuliere bedrijven, verenigingen, stichtingen etc., en niet in de laatste plaats de inwoner zelf.

De burgemeester is portefeuillehouder van het integraal veiligheidsbeleid en is tevens verantwoordelijk voor de handhaving van de openbare orde en veiligheid. De burgemeester heeft het gezag over de politie en heeft het opperbevel bij rampen en crises. Het gezag over de politie betekent niet dat hij zich kan mengen in beheersmatige zaken van de politie of in zaken waarin de politie strafrechtelijk optreedt onder gezag van justitie (opsporing en vervolging). Als lid van het Regionaal Bestuurlijk Overleg is de burgemeester wel bij beheersmatige zaken betrokken.

Het college van burgemeester en wethouders voert het veiligheidsbeleid uit onder meer door het opstellen van jaarlijkse actieprogramma’s. Deze actieprogramma’s worden gezamenlijk met de partners opgesteld. De gemeenteraad wordt jaarlijks over deze programma’s geïnformeerd.

De gemeenteraad stelt als hoofd van de gemeente de kaders vast door middel van het vaststellen van dit beleidsplan. Dit beleidsplan geeft de missie, visie en ontwikkelingsrichting van het veiligheidsbeleid weer. Aan het eind van de looptijd zal het beleid worden geëvalueerd en gekoppeld aan een geactualiseerde veiligheidsanalyse aan de gemeenteraad worden voorgelegd. Deze analyse vormt de basis tot de totstandkoming van een nieuw integraal veiligheidsplan.

De lokale driehoek is het overleg tussen de burgemeester, teamchef van de politie Leidschendam-Voorburg en de gebiedsofficier (Openbaar Ministerie). Dit overleg vindt alleen nog plaats voor specifieke lokale cases. De beleidszaken en operationele zaken worden in het districtscollege besproken.

Het districtscollege is het overleg tussen burgemeesters van het betreffende district, de districtschef en de gebiedsofficier (Openbaar Ministerie). Hierin vindt afstemming over bovenlokale veiligheidsvraagstukken plaats, inzet van het flexteam van de politie en worden operationele onderwerpen (veiligheidsontwikkelingen en politieprestaties) besproken. Daarnaast vindt er een prioritering, planning en afstemming plaats ten behoeve van inzet politie, gemeente en Openbaar Ministerie op het niveau van het district. Leidschendam-Voorburg zit in het district Zoetermeer/Leidschendam-Voorburg met de gemeenten Zoetermeer, Pijnacker-Nootdorp en Wassenaar.

Het Regionaal Bestuurlijk Overleg is het overleg tussen de burgemeesters van de gemeenten binnen de eenheid Den Haag, de politie en het Openbaar Ministerie. Hierin komen onder andere de volgende onderwerpen aan bod; vaststelling van het regionaal beleidsplan, beheerstaken van de politie en regionale samenwerking.

De veiligheidscoördinator is primair verantwoordelijk voor de ambtelijke regie (samen met het managementteam en de gemeentesecretaris). Hij heeft een belangrijke coördinerende en aanjagende rol bij de uitvoering van de diverse acties. De veiligheidscoördinator vormt het aanspreekpunt voor de afdelingshoofden, trekkers van acties, andere medewerkers en externe partners waar het gaat om ondersteuning bij hun taken op het terrein van veiligheid.

Daarnaast initieert en/of participeert de veiligheidscoördinator in projecten, onderhoud hij de interne en externe contacten, bewaakt de voortgang en vastlegging van veiligheidsbeleid en volgt de landelijke en regionale ontwikkelingen.

Andere medewerkers binnen diverse afdelingen: het veiligheidsterrein is veelomvattend en divers. Diverse inhoudelijke veiligheidsonderwerpen zijn belegd bij verschillende onderdelen van de gemeentelijke organisatie. Gedacht kan worden aan het terrein van welzijn, verkeersveiligheid, milieu en bouwveiligheid. De afdelingen zijn verantwoordelijk voor de veiligheid binnen hun eigen beleidsterrein en ook medeverantwoordelijk voor het integraal veiligheidsbeleid. Binnen de gemeente vindt hierover op ambtelijk niveau afstemming plaats.', 30);

    -- Chapter 6 (source lines 1041-1079); the partner grid (lines 1043-1048) read in its numbering -----
    -- position 31: '6. Partners'; lines 1041-1079
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '6. Partners',
'Er zijn vele externe partners op het gebied van veiligheid. De partners zijn onder andere:
1. Politie
2. Openbaar Ministerie
3. Brandweer
4. Jongerenwerk
5. Woningcorporaties
6. Scholen
7. Midden Klein Bedrijf
8. Secuwatch
9. Participatieraad
10. Buurtpreventieteams
11. Inwoners
12. Keurmerk Veilig Ondernemen partners
13. Geestelijke Gezondheidszorg
14. Halt
15. Teams vanuit de decentralisaties
16. Gemeentelijke afdelingen/teams

Vertegenwoordigers van de in- en externe partners vormen de ‘Kerngroep Veiligheid’. Deze groep fungeert als adviesorgaan, waaraan belangrijke beleidsstukken op het gebied van veiligheid worden voorgelegd. Binnen deze groep vinden discussies plaats over belangrijke veiligheidsvraagstukken.

In het Veiligheidshuis Haaglanden werken de strafrechtpartners, zorgpartners en gemeenten samen op casus- en gezinsniveau aan de veiligheid. Elke gemeente heeft daarnaast een lokale kamer waarin de lokale partners participeren. Het Veiligheidshuis en de lokale kamer werken samen met de teams vanuit het sociaal domein. Voor het Veiligheidshuis Haaglanden komen de burgemeesters tweemaal per jaar bijeen in het Periodiek Overleg van Bestuurders om de jaarstukken te bespreken en vast te stellen. Op ambtelijk niveau komen de beleidsmedewerkers openbare orde en veiligheid structureel bijeen om de lopende zaken te bespreken.

In het Regionaal Informatie en Expertise Centrum (RIEC) werken lokale, regionale en landelijke overheden samen. Door deze samenwerking wordt het mogelijk om criminele organisatiestructuren bloot te leggen en aan te pakken. Binnen het RIEC werken onder andere het Openbaar Ministerie, politie, Belastingdienst, Douane, Fiscale Inlichtingen en Opsporingsdienst (FIOD) en de Koninklijke Marechaussee samen. Het RIEC adviseert de gemeente op het gebied van BIBOB en handhavingsknelpunten.

In de Veiligheidsregio Haaglanden wordt de veiligheidszorg op het gebied van brandweer, rampenbestrijding en crisisbeheersing en geneeskundige hulpverlening gebundeld in een gemeenschappelijke regeling. Bestuurders komen bijeen in een dagelijks bestuur en een algemeen bestuur waar de besluitvorming ook plaatsvindt (eventueel met tussenkomst van de negen gemeenteraden).

Binnen het project woninginbraken is er een werk- en regiegroep. Binnen de regiegroep. Worden de ontwikkelingen gevolgd op het gebeid van woninginbraken binnen Leidschendam-Voorburg en de aanpak van de hotspots van woninginbraken in het bijzonder. De regiegroep bespreekt eventuele (financiële) knelpunten, monitort en evalueert de genomen maatregelen.

De werkgroep formuleert preventieve (investerings)maatregelen op beïnvloedbare aspecten voor de situationele aanpak (wooncomplex en openbare ruimte) van woninginbraken op de hotspots. Over de voortgang van de opgenomen activiteiten wordt periodiek gerapporteerd aan de regiegroep woninginbraken.', 31);

    -- Chapter 7 'Bijlagen' (source lines 1089-1261) ---------------------------------------------------
    -- position 32: '7. Bijlagen'; lines 1089-1091
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '7. Bijlagen',
'In de bijlagen is de lijst met regionale prioriteiten vanuit het regionaal Beleidsplan Eenheid Den Haag opgenomen.', 32);
    -- position 33: '7.1 Missie en uitgangspunten regionaal beleidsplan Eenheid Den Haag'; line 1094
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, '7.1 Missie en uitgangspunten regionaal beleidsplan Eenheid Den Haag',
'', 33);
    -- position 34: 'Missie'; lines 1095-1107 (printed without number; the next is 7.1.2)
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Missie',
'In het werkgebied van de regionale eenheid Den Haag werken gemeenten, politie en OM samen met ketenpartners en inwoners aan veiligheid en vertrouwen.

Centraal in het RBP 2019-2022 staan de volgende 3 uitgangspunten voor de regionale samenwerking:
1. Openbare orde en veiligheid is een lokale aangelegenheid. Alleen veiligheidsproblemen waarbij bovenlokale samenwerking een toegevoegde waarde heeft worden regionaal opgepakt.
2. Voor alle geprioriteerde veiligheidsproblemen geldt dat er middels een integrale aanpak probleemgericht, informatiegestuurd en zo mogelijk met burgers en bedrijven wordt samengewerkt.
3. Samenwerking tussen het veiligheidsdomein en het sociale domein is een vereiste.', 34);
    -- position 35: '7.1.2 Aanpak van (Contra)-terrorisme, extremisme en radicalisering (CTER)'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_r2, 3, '7.1.2 Aanpak van (Contra)-terrorisme, extremisme en radicalisering (CTER)',
'Doel

Polarisatie, radicalisering, extremisme, terrorisme voorkomen, terugdringen en aanpakken.

Bijdrage door bovenlokale samenwerking

a. Waar nodig samenwerken en/of kennis en expertise uitwisselen over:
- signaleren, kennis delen en netwerken onderhouden
- toepassen van een persoonsgerichte aanpak voor subjecten
- versterken van de maatschappelijke weerbaarheid,
b. Paraat zijn voor de toepassing van Terrorisme Gevolg Bestrijding(TGB) door de organisatie van een eenduidig te gebruiken crisisorganisatiestructuur bij alle gemeenten in de regio, in samenwerking met politie, OM en de Veiligheidsregio’s.', 35);
    -- position 36: '7.1.3 Aanpak van Cybercrime/gedigitaliseerde criminaliteit'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_r3, 3, '7.1.3 Aanpak van Cybercrime/gedigitaliseerde criminaliteit',
'Doel

Cybercrime/gedigitaliseerde criminaliteit voorkomen, terugdringen en aanpakken

Bijdrage door bovenlokale samenwerking

Waar nodig samenwerken en/of kennis en expertise uitwisselen over:
- inzet op verdere bewustwording bij de ondernemers en burgers,
- inzet op interne veiligheid, waaronder de borging daarvan en de continuïteit van diensten bij crises.', 36);
    -- position 37: '7.1.4 Aanpak van (huiselijk) Geweld'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_r4, 3, '7.1.4 Aanpak van (huiselijk) Geweld',
'Doel

Huiselijk geweld voorkomen, zo snel mogelijk (h)erkennen, behandelen, de schade ervan beperken, de overdracht van generatie op generatie doorbreken en daarmee de veiligheid voor slachtoffers duurzaam borgen.

Bijdrage door bovenlokale samenwerking

Waar nodig samenwerken en/of kennis en expertise uitwisselen over:
- signaleren, kennis delen en uitwisselen van best practices
- toepassen van een persoonsgerichte aanpak voor subjecten', 37);
    -- position 38: '7.1.5 Aanpak van High Impact Crimes'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_r5, 3, '7.1.5 Aanpak van High Impact Crimes',
'Doel

High Impact Crimes met direct slachtofferschap voorkomen, terugdringen en aanpakken.

Bijdrage door bovenlokale samenwerking

a. Daar waar het slachtofferrisico op High Impact Crimes hoger is dan het regionaal gemiddelde wordt projectmatig ingezet om deze delicten te voorkomen, tegen te gaan, aan te pakken en het verlenen van nazorg aan slachtoffers,
b. Waar nodig samenwerken en/of kennis en expertise uitwisselen over:
- de organisatie van een goede informatiepositie en een (lokale en districtelijke) overlegstructuur,
- bewustwording intern maar ook bij ondernemers en burgers,
- inzet van het bestuurlijk instrumentarium (waaronder het DOR) en best practices naast de inzet van het strafrechtelijk en civielrechtelijk instrumentarium.', 38);
    -- position 39: '7.1.6 Aanpak van overlast en criminaliteit door problematische Jeugdgroepen/netwerken'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_r6, 3, '7.1.6 Aanpak van overlast en criminaliteit door problematische Jeugdgroepen/netwerken',
'Doel

Overlast en criminaliteit door problematische jeugdgroepen/-netwerken voorkomen, terugdringen en aanpakken

Bijdrage door bovenlokale samenwerking

Waar nodig samenwerken en/of kennis en expertise uitwisselen over:
- signaleren, kennis delen en uitwisselen van best practices
- toepassen van een persoonsgerichte aanpak voor subjecten', 39);
    -- position 40: '7.1.7 Aanpak van Ondermijning'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_r7, 3, '7.1.7 Aanpak van Ondermijning',
'Doel

Ondermijning voorkomen, terugdringen en aanpakken.

Bijdrage door bovenlokale samenwerking

a. Waar nodig samenwerken en/of kennis en expertise uitwisselen over:
- de organisatie van een goede informatiepositie en een (lokale en districtelijke) overlegstructuur
- bewustwording intern maar ook bij ondernemers en burgers door te investeren in expert cq. awareness bijeenkomsten en het invoeren van nieuwe methoden van leren en ontwikkelen
- inzet van het bestuurlijke , strafrechtelijke en civielrechtelijke instrumentarium en best practices,
b. Gemeenten en basisteams werken samen met het HEIT zodat signalen snel en efficiënt opgepakt worden,
c. Het RIEC vervult in een spilfunctie in de ondersteuning van gemeenten bij de aanpak van ondermijning.', 40);
    -- position 41: '7.1.8 Aanpak van overlast en/of criminaliteit door personen met Verward gedrag'
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_r8, 3, '7.1.8 Aanpak van overlast en/of criminaliteit door personen met Verward gedrag',
'Doel

Overlast en criminaliteit door verwarde personen voorkomen, terugdringen en aanpakken.

Bijdrage door bovenlokale samenwerking

Waar nodig samenwerken en/of kennis en expertise uitwisselen over ervaringen, knelpunten en successen over:
- het signaleren en oppakken van meldingen van personen met verward gedrag en een goede beoordeling over het benodigde vervolg,
- het organiseren van triage en vervoer en deze (vervoers)taak zo veel mogelijk weghalen bij politie, - de verschillende opvangvoorzieningen van personen met verward gedrag,
- Veiligheid: de aanpak van overlast en criminaliteit en het oppakken en langdurig monitoren van risicovolle casussen,
- Zorg: de organisatie van de lokale aanpak, waaronder de ambulante zorg,
- Wonen: de doorstroom tussen zorginstellingen en maatschappelijke opvang en zelfstandige en/of passende woonvoorzieningen.', 41);
end $$;
