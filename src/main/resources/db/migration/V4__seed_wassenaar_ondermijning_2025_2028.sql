-- Seed: Wassenaar, "Uitvoeringsplan 2026 ondermijningsaanpak" (Inclusief jaarevaluatie en tussentijdse
-- analyse 2025), under the four-year beleidsplan 'de gemeentelijke aanpak tegen ondermijnende
-- criminaliteit in Wassenaar' 2025 – 2028 (gemeenteraad 17 december 2024).
-- Source: /work/shared/seeds/001_4a3accb7fced5e9b.txt (text extracted from the published PDF).
-- Every judgement call is written down in docs/seed-derivations.md.
--
-- What goes where:
--   - framework 'ondermijning-2025-2028' (UNDERMINING) with its three sporen as TRACK themes, all in
--     Kernbeleid Veiligheid field 5 (Integriteit en veiligheid);
--   - one execution plan, 2026, state CONCEPT: the document prints no college adoption date. The
--     document prints no 2025 ondermijning plan and no date for one, so the year evaluation 2025 is kept
--     where it is printed: as narrative sections of the 2026 plan, and its figures as KPIs of the 2026
--     plan with measurements for period '2025' (and '2024' where printed);
--   - the three plan tables of chapter 2 (Wat / Doel / In samenwerking met / Status): one activity per
--     row (title / goal / activity_partner BETROKKEN / status_note), under its spoor;
--   - no evaluation rows: the document evaluates per spoor in prose, never per activity.
--
-- Repairs of extraction damage (nothing else was changed; the document's own typos stay, e.g.
-- 'Vorbereiding', 'drugspannen', 'waarden', 'Daarbij is in 2025 is gestart', 'Alle signalen en meldingen
-- zijn.'):
--   - trailing tabs after the three table captions ('Spoor 1: Bewustwording & weerbaarheid' etc.) removed;
--   - the 'In samenwerking met' cells lost their line breaks in extraction ('Privacy-officer ICT Politie'):
--     split back into one partner per printed name, see the derivations note;
--   - the leading blank line of the extraction dropped.

-- Organisations the document names that are not in V2 ----------------------------------------------

-- Wassenaar's own units named in the 'In samenwerking met' column.
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, 'INTERNAL', m.id
from municipality m
cross join (values
    ('wassenaar-contractmanagement-sociaal-domein', 'Contractmanagement sociaal domein'),
    ('wassenaar-kwaliteit-sociaal-domein',          'Kwaliteit sociaal domein'),
    ('wassenaar-toezichthouder-sociaal-domein',     'Toezichthouder sociaal domein'),
    ('wassenaar-privacy-officer',                   'Privacy-officer'),
    ('wassenaar-ict',                               'ICT'),
    ('wassenaar-casemanagement-omgevingswet',       'Casemanagement Omgevingswet'),
    ('wassenaar-apv-vergunningverlening',           'APV vergunningverlening'),
    ('wassenaar-sociaal-domein',                    'Sociaal domein'),
    ('wassenaar-vastgoed',                          'Vastgoed'),
    ('wassenaar-financien',                         'Financiën'),
    ('wassenaar-hr',                                'HR')
) as p (key, name)
where m.slug = 'wassenaar'
on conflict (key) do nothing;

-- Other municipalities and organisations that work across municipalities (municipality_id NULL).
insert into partner (key, name, kind) values
    ('coa',                            'Centraal Orgaan opvang asielzoekers (COA)',                       'EXTERNAL'),
    ('shop',                           'Stichting Hulp en Opvang Prostitutie en Mensenhandel (SHOP)',     'EXTERNAL'),
    ('gemeente-leidschendam-voorburg', 'Gemeente Leidschendam-Voorburg',                                  'EXTERNAL'),
    ('gemeente-pijnacker-nootdorp',    'Gemeente Pijnacker-Nootdorp',                                     'EXTERNAL'),
    ('gemeente-zoetermeer',            'Gemeente Zoetermeer',                                             'EXTERNAL')
on conflict (key) do nothing;

do $$
declare
    v_municipality  bigint;
    v_framework     bigint;
    v_spoor1        bigint;
    v_spoor2        bigint;
    v_spoor3        bigint;
    v_plan          bigint;
    v_activity      bigint;
    v_kpi           bigint;
    v_rows          integer;
begin
    select id into strict v_municipality from municipality where slug = 'wassenaar';

    -- Framework and its sporen ----------------------------------------------------------------------
    -- Title as the document quotes it (chapter 1, first sentence); the years are in first/last_year.
    insert into policy_framework (municipality_id, slug, title, kind, first_year, last_year, adopted_by_council_on)
    values (v_municipality, 'ondermijning-2025-2028',
            'Gemeentelijke aanpak tegen ondermijnende criminaliteit in Wassenaar',
            'UNDERMINING', 2025, 2028, date '2024-12-17')
    returning id into v_framework;

    -- Names as printed above the plan tables of chapter 2 (chapter 1 heads spoor 1 'spoor 1: bewustwording').
    insert into theme (framework_id, code, name, kind, kernbeleid_field, position)
    values (v_framework, 'Spoor 1', 'Bewustwording & weerbaarheid', 'TRACK', 5, 0)
    returning id into v_spoor1;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, position)
    values (v_framework, 'Spoor 2', 'Aanpakken', 'TRACK', 5, 1)
    returning id into v_spoor2;
    insert into theme (framework_id, code, name, kind, kernbeleid_field, position)
    values (v_framework, 'Spoor 3', 'Voorkomen', 'TRACK', 5, 2)
    returning id into v_spoor3;

    -- The 2026 plan ---------------------------------------------------------------------------------
    insert into execution_plan (framework_id, year, title, state)
    values (v_framework, 2026, 'Uitvoeringsplan 2026 ondermijningsaanpak', 'CONCEPT')
    returning id into v_plan;

    -- Narrative sections in document order --------------------------------------------------------
    -- Chapter 1 (the year evaluation 2025) and the introduction of chapter 2. Every heading is printed
    -- as its own line; spoor headings are level 2, the paragraphs under a spoor level 3.

    -- position 0: no heading (source line 6); title page: subtitle under the document title
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, null,
'Inclusief jaarevaluatie en tussentijdse analyse 2025', 0);

    -- position 1: '1. Jaarevaluatie en tussentijdse analyse 2025' (source lines 10-16); chapter 1
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, '1. Jaarevaluatie en tussentijdse analyse 2025',
'Op 17 december 2024 heeft de gemeenteraad van Wassenaar het vierjarige beleidsplan ''de gemeentelijke aanpak tegen ondermijnende criminaliteit in Wassenaar'' 2025 – 2028 vastgesteld. Met dit beleidsplan zijn de kaders en strategische koers bepaald voor de verdere versterking van de ondermijningsaanpak in Wassenaar.

Conform de beleidscyclus van het Integraal Veiligheidsbeleid stelt het college jaarlijks een evaluatie op van de uitvoering in het afgelopen jaar en een uitvoeringsplan voor het daaropvolgende jaar. In deze jaarevaluatie 2025 en tussentijdse beleidsanalyse wordt teruggeblikt op het eerste uitvoeringsjaar, worden de bereikte resultaten geïdentificeerd en wordt bezien of bijstelling van doelen of accenten noodzakelijk is. Op basis hiervan is tevens het uitvoeringsplan voor 2026 opgesteld.

2025 was het eerste uitvoeringsjaar van het vierjarige beleidsplan. In dit jaar is nadrukkelijk ingezet op het verstevigen van de basis van de ondermijningsaanpak. Over alle drie beleidssporen zijn concrete stappen gezet, zowel in bewustwording en preventie als in de uitvoerende en handhavende aanpak. Hieronder worden per spoor de belangrijkste ontwikkelingen en resultaten beschreven, gevolgd door een korte vooruitblik.', 1);

    -- position 2: 'spoor 1: bewustwording' (source lines 18-20); spoor 1
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor1, 2, 'spoor 1: bewustwording',
'Uit regionaal onderzoek blijkt dat de meldingsbereidheid in de Haagse regio achterblijft bij het landelijk gemiddelde. Dit geldt ook voor Wassenaar. Tegelijkertijd kent Wassenaar een sterk dorps karakter met relatief hoge sociale cohesie en sociale controle. Inwoners weten verdachte situaties vaak snel te melden bij politie of gemeente, wat bijdraagt aan een hoge pakkans op zichtbare criminaliteit. Desondanks blijft het structureel vergroten van bewustwording en meldingsbereidheid een essentieel aandachtspunt binnen de aanpak.', 2);

    -- position 3: 'Interne alertheid' (source lines 22-26)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor1, 3, 'Interne alertheid',
'In 2025 heeft 1 gerichte training plaatsgevonden voor het verhogen van de bewustwording en alertheid van signalen over ondermijning. De boa''s en bouwinspecteurs hebben gezamenlijk een dagdeel een training gevolgd van het RIEC Den Haag.

Daarbij is in 2025 is gestart met de ontwikkeling van een meerjarig, doelgroepgericht bewustwordingsprogramma voor de gemeentelijke organisatie. Samen met het RIEC zijn maatwerksessies ontwikkeld die in de komende jaren gefaseerd worden uitgerold binnen onder meer VTH, het sociaal domein, ruimtelijke ordening en de buitendienst.', 3);

    -- position 4: 'Externe bewustwording en alertheid' (source lines 28-35)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor1, 3, 'Externe bewustwording en alertheid',
'In 2025 zijn twee gerichte bijeenkomsten georganiseerd voor kwetsbare sectoren:

- Een districtelijke bijeenkomst van alle hotels over mensenhandel en seksuele uitbuiting. Deze bijeenkomst volgde op soortgelijke bijeenkomsten in andere districten in de eenheid. Dankzij de constructieve contacten van de gemeenten met deelnemende hotels dat de bijeenkomst van ons district een zeer hoge opkomst had. De bijeenkomst is positief ontvangen bij de hotels, met enthousiasme voor herhaling in de toekomst.
- Een bijeenkomst voor ondernemers in het centrumgebied over ondermijning en cybercriminaliteit, in samenwerking met het Platform Veilig Ondernemen.

Deze bijeenkomsten hebben bijgedragen aan betere herkenning van signalen en kennis van meldroutes.', 4);

    -- position 5: 'Publiekscampagne en communicatiestrategie' (source lines 37-43)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor1, 3, 'Publiekscampagne en communicatiestrategie',
'In 2025 is de publiekscampagne over ondermijning gestart, waarvoor de gemeenteraad structureel budget beschikbaar heeft gesteld om de maatschappelijke bewustwording te vergroten. In samenwerking met een animatiebureau is een op maat gemaakte animatievideo ontwikkeld die op toegankelijke wijze uitlegt wat ondermijning is, hoe deze te herkennen is en waar signalen gemeld kunnen worden.

Tegelijk met de start van de campagne is, samen met team Communicatie, de communicatiestrategie voor de ondermijningsaanpak herzien. Aansluitend op de landelijke campagne is gekozen voor één centrale gemeentelijke landingspagina (www.wassenaar.nl/ondermijning), waarop alle relevante informatie is gebundeld, waaronder de animatievideo, verschijningsvormen, signalen, meldroutes, veelgestelde vragen en een directe verwijzing naar de wijkagent. Deze pagina fungeert op lange termijn als centrale informatievoorziening.

Naast de volledige animatievideo is een korte social teaser ontwikkeld voor inzet via sociale media. Door gerichte advertenties bereikt de campagne lokale doelgroepen. De digitale inzet wordt de komende periode voortgezet en aangevuld met offline communicatiemiddelen, zoals foldermateriaal en publicaties in de Wassenaarse krant, om een zo breed mogelijk bereik te realiseren.', 5);

    -- position 6: 'Meldroutes' (source lines 45-49)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor1, 3, 'Meldroutes',
'De gemeente Wassenaar is aangesloten bij het platform Meld Misdaad Anoniem (afgekort: M). Hierdoor ontvangt de gemeente direct anonieme meldingen die via M zijn ontvangen. Melden via M is altijd 100% anoniem. Indien blijkt dat uit de melding de anonimiteit niet 100% gegarandeerd wordt, prevaleert de anonimiteit van de melder boven de inhoud van signalen. Telefonisch begeleiden zij melders in deze anonimiteit te garanderen en meldingen niet terug te herleiden zijn naar de melder zelf. De bekendheid van M, de 24/7 bereikbaarheid van de meldingslijn is samen met deze garantie de reden dat M landelijk (naast de politie) de meest gebruikte meldroute is voor inwoners.

In onze doorlopende inzet op bewustwording, zowel intern als extern, blijven we daarom de meldroute van M aanhouden als vaste meldroute. In 2025 zijn er in totaal 18 meldingen via dit platform ontvangen, bijna gelijk aan hetzelfde hoeveelheid meldingen in 2024 (18). 50% van deze meldingen zijn drugsgerelateerd. De andere helft varieert in signalen over fraude, witwassen en illegaal verblijf.', 6);

    -- position 7: 'Spoor 2: Aanpakken' (source lines 51-57); spoor 2
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor2, 2, 'Spoor 2: Aanpakken',
'Naast onze structurele inzet op het verhogen van de maatschappelijke bewustwording en weerbaarheid, pakken we ondermijnende criminaliteit in Wassenaar hard aan. Dankzij de inzet uit het verleden is ons handhavingsinstrumentarium volledig op orde en zijn we maximaal toegerust om alle juridische instrumenten ten volle te kunnen inzetten. Het tweede spoor kent 3 verschillende focusgebieden:

1. Signaalgestuurde aanpak
2. Risicogerichte aandachtsgebieden
3. Professionalisering van toezicht en handhaving', 7);

    -- position 8: 'Signaalgestuurde aanpak' (source lines 59-61)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor2, 3, 'Signaalgestuurde aanpak',
'In 2025 is het Lokaal Ondermijningsoverleg geïntensiveerd en komt dit maandelijks bijeen. In het lokaal ondermijningsoverleg bespreken de ondermijningsregisseur samen met de betrokken onderdelen van de politie alle binnengekomen meldingen en signalen. In 2025 zijn er in totaal 42 signalen en meldingen ontvangen. Alle signalen en meldingen zijn. Waar nodig is aanvullend bronnenonderzoek uitgevoerd of zijn er interventies ingezet.', 8);

    -- position 9: 'Bestuursrechtelijk optreden' (source lines 63-65)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor2, 3, 'Bestuursrechtelijk optreden',
'Het geactualiseerde beleid voor drugspannen heeft in 2025 geleid tot één tijdelijke sluiting en één last onder dwangsom. Daarnaast is op grond van de APV negen keer bestuursrechtelijk opgetreden tegen straatdealers. Ook is gestart met de voorbereiding op toezicht op het Digitaal Opkopersloket (DOL) en Digitaal Opkopersregister (DOR).', 9);

    -- position 10: 'Implementatie Atlas & privacy' (source lines 67-69)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor2, 3, 'Implementatie Atlas & privacy',
'In 2025 is het systeem Atlas geïmplementeerd voor veilige en gestructureerde verwerking van signalen in het lokaal ondermijningsoverleg. Voor de implementatie is een Data Protection Impact Assessment (DPIA) uitgevoerd, om te onderzoeken hoe persoonsgegevens worden verwerkt, hoe deze zijn te koppelen aan juridische grondslagen en op welke wijze de gegevens zijn beveiligd. De DPIA heeft bevestigd dat het systeem voldoet aan geldende privacy- en juridische kaders. Wel adviseerde de DPIA dat op korte termijn een privacyprotocol moet worden opgesteld, om de gegevensverwerking ten behoeve van beleidsmatige borging, uitlegbaarheid en transparantie.', 10);

    -- position 11: 'Risicogerichte aanpak' (source lines 71-78)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor2, 3, 'Risicogerichte aanpak',
'Naast signalen is ingezet op risicogebieden en -thema''s:

- Buitengebied: 2025 op initiatief van de politie gestart met het thema buitengebieden. De politie is gestart met laagdrempelige kennismakingsgesprekken met bewoners en ondernemers en werkt aan bewustwording over de risico''s van zaken doen met criminelen. Uit de praktijk blijkt dat criminelen met name gebruik maken van de kwetsbare positie van agrarische ondernemers. De gesprekken dienen ook als doel om meer zicht te krijgen op het buitengebied, waar weinig tot vrijwel geen surveillance of toezicht plaatsvindt. Tot dusver zijn er geen verdachte situaties of misstanden geconstateerd. De personen waar al mee gesproken is, waarden de bezoeken en begrijpen de risico''s. De aanpak loopt verder door in 2026. Indien wel misstanden worden geconstateerd, wordt gezamenlijk opgetrokken met de omgevingsdienst. Kennismakingsgesprekken met bewoners en ondernemers; geen misstanden geconstateerd.
- Opslagboxen: Voor 2025 was een doelstelling geformuleerd om meer opslagboxencontroles uit te voeren. Vanwege dat naast de reeds bezochte opslagboxenlocatie alleen nog maar opslagboxen in particulier eigendom over blijven, bleek meer voorbereiding noodzakelijk. Derhalve is de uitvoering verplaatst naar 2026.
- Zorgcriminaliteit: In 2025 is het meldpunt zorgfraude geopend, in combinatie met een vernieuwde gemeentelijke webpagina www.wassenaar.nl/zorgfraude. In samenwerking met burgerzaken is tevens gekozen om in 2026 een interne training te verzorgen voor meer alertheid op signalen en sturing op zorgvuldige afhandeling van zorgbeschikkingen bij consulenten in het sociaal domein.
- Digitaal Opkopersregister: Criminelen proberen opbrengsten uit diefstal en andere vermogensdelicten snel om te zetten in legaal geld. Opkopers en handelaren in diefstalgevoelige goederen vormen daarbij een kwetsbare afzetmarkt. Door toepassing van het Digitaal Opkopersloket (DOL) en het Digitaal Opkopersregister (DOR) wordt de herkomst en verhandeling van deze goederen inzichtelijk en traceerbaar, waarmee criminele geldstromen en samenwerkingsverbanden kunnen worden blootgelegd en doorbroken. Gezien het relatief hoge aantal woninginbraken past actief toezicht op het DOL/DOR binnen de veiligheidsopgave van Wassenaar. De burgemeester heeft in 2023 de meld- en registratieplicht gedigitaliseerd door het landelijke DOL en DOR aan te wijzen. In 2025 is het Wassenaarse handhavingsbeleid op initiatief van de districtgemeenten grotendeels geharmoniseerd en als basis genomen voor een gezamenlijke districtelijke aanpak met Leidschendam-Voorburg, Pijnacker-Nootdorp en Zoetermeer. In dit kader zijn in 2025 de eerste kennismakingsgesprekken gevoerd met (potentieel) meld- en registratieplichtige ondernemers. In 2026 volgt de fase van gerichte registercontroles.', 11);

    -- position 12: 'Professionalisering van toezicht en handhaving' (source lines 80-88)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor2, 3, 'Professionalisering van toezicht en handhaving',
'Het derde focusgebied kende in 2025 een aantal activiteiten:

- Signaaltraining voor boa''s en bouwinspecteurs over bewustwording en signalen van ondermijning
- Gerichte training voor boa''s voor integrale controles en gebruik van bevoegdheden
- Gerichte training voor boa''s en politiefunctionarissen voor toezicht en handhaving op het DOR

Komend jaar zal verdere training plaatsvinden op het gebruik van bevoegdheden, complexe taakaccenten zoals het toezicht op DOR, de BRP en het doen van integrale controles.', 12);

    -- position 13: 'Spoor 3: Voorkomen' (source lines 90-92); spoor 3
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 2, 'Spoor 3: Voorkomen',
'Het derde en laatste spoor van het vierjarige ondermijningsbeleid betreft ''voorkomen''. De gemeente kan samen met inwoners, ondernemers en andere maatschappelijke organisaties maatregelen nemen om criminele inmenging te voorkomen, en in breder verband toewerken naar het wegnemen van een voedingsbodem voor groeiende criminaliteitsproblematiek.', 13);

    -- position 14: 'Wet Bibob' (source lines 94-96)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 3, 'Wet Bibob',
'De gemeente Wassenaar past standaard de Wet Bibob toe bij alle aanvragen voor exploitatievergunningen. Dit heeft in 2025 geleid tot 9 Bibob-onderzoeken. Daarnaast zijn twee Bibob-onderzoeken uitgevoerd bij gemeentelijke vastgoedtransacties.', 14);

    -- position 15: 'Pilot organisatiebrede toepassing Wet Bibob' (source lines 98-102)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 3, 'Pilot organisatiebrede toepassing Wet Bibob',
'Uit de beleidsanalyse is gebleken dat de toepassing van de Wet Bibob binnen de gemeente Wassenaar versterking behoeft om toekomstbestendig te blijven en aan te sluiten bij de regionale praktijk. In 2025 is daarom onderzoek uitgevoerd naar uitbreiding van de capaciteit en hiermee bredere inzet van de Wet Bibob. Dit onderzoek is afgerond en heeft geleid tot het advies om een vast Bibob-coördinator te werven.

Ter voorbereiding op het inrichten van deze functie is gekozen om in 2026 te starten met een tijdelijke Bibob-specialist om organisatiebreed de Wet Bibob toe te passen bij onder meer omgevingsvergunningen, aanbestedingen, subsidies, vastgoed en het sociaal domein. De pilot wordt eind 2026 geëvalueerd en vormt de basis voor een besluit over structurele borging, uren en middelen.', 15);

    -- position 16: 'Toepassing wet Bibob bij Regionale Inkoopstrategie Jeugdhulp SBJH' (source lines 104-106)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 3, 'Toepassing wet Bibob bij Regionale Inkoopstrategie Jeugdhulp SBJH',
'Vanuit het bestaande regionale Bibob-netwerk zijn alle Bibob-coördinatoren van de deelnemende gemeenten binnen de SBJH gestart met de voorbereidingen voor de toepassing van de Wet Bibob bij de nieuwe regionale inkoop van de jeugdhulp. Met name de gemeenten Rijswijk, Zoetermeer en Leidschendam-Voorburg nemen het voortouw in de gesprekken met de SBJH.', 16);

    -- position 17: 'Actualisatie integriteitsbeleid & implementatie van de VOG-P' (source lines 108-112)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 3, 'Actualisatie integriteitsbeleid & implementatie van de VOG-P',
'Het integriteitsbeleid is geactualiseerd en de VOG-P is geïmplementeerd voor kwetsbare functies. De VOG-P is sinds een aantal jaar verplicht als zwaardere VOG en toetst naast antecedenten ook politiegegevens voor specifieke functies die bij wet zijn aangewezen als kwetsbaar.

In 2026 wordt dit verder ingebed binnen de organisatie.', 17);

    -- position 18: 'Voorkomen van jonge aanwas' (source lines 114-116)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 3, 'Voorkomen van jonge aanwas',
'In 2025 is samen met de middelbare scholen verkend of het project Dealbreakers kan worden opgenomen in het reguliere onderwijsaanbod. Dit project ondersteunt scholen en gemeenten bij het vroegtijdig signaleren en voorkomen van criminele aanwas onder jongeren. Na een gezamenlijke verkenning hebben de scholen ervoor gekozen hun inzet te concentreren op bestaande programma''s, waaronder Opgroeien in een Kansrijke Omgeving en de Lokale Educatieve Agenda. Hiermee blijft de preventieve aanpak van risicojongeren in Wassenaar geborgd via onder meer jongerenwerk, Halt en vroegsignalering binnen zorg en onderwijs. De gemeente blijft hierover in gesprek met scholen binnen het Convenant Veilige School en blijft openstaan voor toekomstige inzet van Dealbreakers.', 18);

    -- position 19: 'Verbinding tussen ondermijningsaanpak en de zorg- en veiligheidsstructuur' (source lines 118-122)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 3, 'Verbinding tussen ondermijningsaanpak en de zorg- en veiligheidsstructuur',
'In 2025 is de samenhang tussen de ondermijningsaanpak en de lokale aanpak op het gebied van jeugd, zorg en veiligheid verder versterkt. Daarbij is expliciet ingezet op het verbinden van handhavende interventies met preventieve en ondersteunende maatregelen.

Binnen deze werkwijze is de rol van de adviseur zorg & veiligheid structureel betrokken bij bestuurlijke maatregelen in situaties waarin jongeren uit Wassenaar betrokken zijn. Indien bestuurlijke maatregelen mogelijk aan jongeren in Wassenaar worden opgelegd, krijgt de lokale kamer een expliciete rol om te onderzoeken of deze jeugd al vanuit zorg in beeld is en dat waar mogelijk de aanpak vanuit zorg en de ondermijningsaanpak op elkaar worden afgestemd, of zelfs complementair aan elkaar kan functioneren. Hierdoor wordt niet alleen opgetreden tegen ongewenst of crimineel gedrag, maar wordt gelijktijdig gewerkt aan het wegnemen van onderliggende oorzaken en het versterken van toekomstperspectief. Deze integrale benadering heeft in 2025 meerdere keren geleid tot gezamenlijke interventies vanuit zorg, veiligheid en de ondermijningsaanpak, waarmee vroegtijdig is ingegrepen en verdere afglijding wordt voorkomen.', 19);

    -- position 20: 'Keurmerk Veilig Ondernemen (KVO)' (source lines 124-128)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 3, 'Keurmerk Veilig Ondernemen (KVO)',
'In 2025 is in samenwerking met het Platform Veilig Ondernemen verkend op welke wijze het Keurmerk Veilig Ondernemen kan bijdragen aan het versterken van de veiligheid en weerbaarheid van ondernemers in het centrumgebied. Deze verkenning heeft inzicht gegeven in de bestaande samenwerkingsstructuren en behoeften onder ondernemers.

Winkeliers in Wassenaar zijn al op verschillende manieren met elkaar georganiseerd, maar een structureel overlegplatform met gemeente en politie vraagt om een zorgvuldige opbouw en breed draagvlak. De verkennende fase heeft duidelijk gemaakt dat verdere ontwikkeling van het KVO het beste kan plaatsvinden in nauwe samenwerking met het centrummanagement en aansluitend bij bestaande overlegvormen. In de komende periode wordt dit gesprek voortgezet, met als doel te komen tot een duurzame en passende vorm van samenwerking.', 20);

    -- position 21: '2. Uitvoeringsplan 2026' (source lines 130-132); chapter 2
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, null, 1, '2. Uitvoeringsplan 2026',
'Op basis van de jaarevaluatie en tussentijdse beleidsanalyse wordt, gekeken naar de meerjarige doelstellingen zoals benoemd in het vierjarige beleidsplan ondermijningsaanpak, de volgende doelstellingen voor 2026 geformuleerd.', 21);
    -- Chapter 2, the three plan tables --------------------------------------------------------------
    -- Columns: Wat -> activity.title, Doel -> activity.goal, In samenwerking met -> activity_partner
    -- (BETROKKEN, wording as printed, in printed order), Status -> activity.status_note. The table caption
    -- is kept as a heading-only section so the document order stays readable.

    -- Table 'Spoor 1: Bewustwording & weerbaarheid' (source lines 134-137)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor1, 2, 'Spoor 1: Bewustwording & weerbaarheid', '', 22);

    insert into activity (plan_id, theme_id, position, title, goal, status_note)
    values (v_plan, v_spoor1, 0,
            'Interne training zorgfraude bij sociaal domein',
            'Alertheid op signalen binnen aanvragen voor zorgbeschikkingen verhogen',
            'Vorbereiding reeds gestart')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('wassenaar-contractmanagement-sociaal-domein', 'Contractmanagement sociaal domein', 0),
        ('wassenaar-kwaliteit-sociaal-domein',          'Kwaliteit sociaal domein',          1),
        ('wassenaar-toezichthouder-sociaal-domein',     'Toezichthouder sociaal domein',     2)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    order by x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 3 then raise exception 'spoor 1 row 1: expected 3 partners, linked %', v_rows; end if;

    insert into activity (plan_id, theme_id, position, title, goal, status_note)
    values (v_plan, v_spoor1, 1,
            'Districtelijke bijeenkomst mensenhandel bij COA''s',
            'Alertheid en meldingsbereidheid op signalen van mensenhandel binnen COA-locaties verhogen',
            'Eerste overleggen volgen in 2026')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('coa',                            'COA Duinrell',                   0),
        ('gemeente-leidschendam-voorburg', 'Gemeente Leidschendam-Voorburg', 1),
        ('gemeente-pijnacker-nootdorp',    'Gemeente Pijnacker-Nootdorp',    2),
        ('gemeente-zoetermeer',            'Gemeente Zoetermeer',            3),
        ('rsiv',                           'RSIV',                           4),
        ('heit',                           'HEIT',                           5),
        ('shop',                           'SHOP',                           6)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    order by x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 7 then raise exception 'spoor 1 row 2: expected 7 partners, linked %', v_rows; end if;

    -- Table 'Spoor 2: Aanpakken' (source lines 139-142)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor2, 2, 'Spoor 2: Aanpakken', '', 23);

    insert into activity (plan_id, theme_id, position, title, goal, status_note)
    values (v_plan, v_spoor2, 0,
            'Opstelling en implementatie privacyprotocol ondermijningsaanpak',
            'Advies uit DPIA opvolgen en verwerking persoonsgegevens juridisch en beleidsmatig borgen',
            'Vorbereiding reeds gestart')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('wassenaar-privacy-officer', 'Privacy-officer', 0),
        ('wassenaar-ict',             'ICT',             1),
        ('politie',                   'Politie',         2)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    order by x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 3 then raise exception 'spoor 2 row 1: expected 3 partners, linked %', v_rows; end if;

    insert into activity (plan_id, theme_id, position, title, goal, status_note)
    values (v_plan, v_spoor2, 1,
            'Gerichte gesprekken en controles toezicht en handhaving DOL DOR',
            'Op basis van districtelijke samenwerking gezamenlijk uitvoering geven aan toezicht en handhaving op DOL en DOR',
            'Eerste gesprekken in 2025 geweest')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('politie',                        'Politie',                        0),
        ('gemeente-leidschendam-voorburg', 'Gemeente Leidschendam-Voorburg', 1),
        ('gemeente-pijnacker-nootdorp',    'Gemeente Pijnacker-Nootdorp',    2),
        ('gemeente-zoetermeer',            'Gemeente Zoetermeer',            3)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    order by x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 4 then raise exception 'spoor 2 row 2: expected 4 partners, linked %', v_rows; end if;

    -- Table 'Spoor 3: Voorkomen' (source lines 144-147)
    insert into narrative_section (plan_id, theme_id, level, heading, body, position)
    values (v_plan, v_spoor3, 2, 'Spoor 3: Voorkomen', '', 24);

    insert into activity (plan_id, theme_id, position, title, goal, status_note)
    values (v_plan, v_spoor3, 0,
            'Pilot organisatiebrede toepassing Wet Bibob',
            'Onderzoeken hoeveel uren en structurele middelen nodig zijn om op Wassenaarse schaal een Bibob-coördinator in de organisatie te borgen',
            'Start januari 2026')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.position
    from (values
        ('wassenaar-casemanagement-omgevingswet', 'Casemanagement Omgevingswet',        0),
        ('wassenaar-apv-vergunningverlening',     'APV vergunningverlening',            1),
        ('wassenaar-sociaal-domein',              'Sociaal domein (subsidies & zorg)',  2),
        ('wassenaar-vastgoed',                    'Vastgoed',                           3),
        ('wassenaar-financien',                   'Financiën (inkoop & aanbesteding)',  4)
    ) as x (key, wording, position)
    join partner p on p.key = x.key
    order by x.position;
    get diagnostics v_rows = row_count;
    if v_rows <> 5 then raise exception 'spoor 3 row 1: expected 5 partners, linked %', v_rows; end if;

    insert into activity (plan_id, theme_id, position, title, goal, status_note)
    values (v_plan, v_spoor3, 1,
            'Samenwerking HR uitrol integriteitsbeleid',
            'De thema''s integriteit en weerbaarheid met elkaar te verbinden in bewustzijn, alertheid en normering',
            'Start 2026')
    returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', 'HR', 0
    from partner p where p.key = 'wassenaar-hr';
    get diagnostics v_rows = row_count;
    if v_rows <> 1 then raise exception 'spoor 3 row 2: expected 1 partner, linked %', v_rows; end if;

    -- Figures of the year evaluation 2025 -------------------------------------------------------------
    -- One KPI per printed figure (name derived from the sentence, see the derivations note), no target;
    -- each measurement's note is the sentence as printed.

    -- Spoor 1, 'Interne alertheid' (source line 24)
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor1, 0,
            'Gerichte trainingen voor het verhogen van de bewustwording en alertheid van signalen over ondermijning',
            'trainingen', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 1,
            'In 2025 heeft 1 gerichte training plaatsgevonden voor het verhogen van de bewustwording en alertheid van signalen over ondermijning.');

    -- Spoor 1, 'Externe bewustwording en alertheid' (source line 30)
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor1, 1, 'Gerichte bijeenkomsten voor kwetsbare sectoren', 'bijeenkomsten', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 2,
            'In 2025 zijn twee gerichte bijeenkomsten georganiseerd voor kwetsbare sectoren:');

    -- Spoor 1, 'Meldroutes' (source line 49): 2025 and, in the same sentence, 2024
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor1, 2, 'Meldingen via Meld Misdaad Anoniem (M)', 'meldingen', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note) values
        (v_kpi, '2024', 2024, 18,
         'In 2025 zijn er in totaal 18 meldingen via dit platform ontvangen, bijna gelijk aan hetzelfde hoeveelheid meldingen in 2024 (18).'),
        (v_kpi, '2025', 2025, 18,
         'In 2025 zijn er in totaal 18 meldingen via dit platform ontvangen, bijna gelijk aan hetzelfde hoeveelheid meldingen in 2024 (18).');

    -- Spoor 1, 'Meldroutes' (source line 49)
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor1, 3, 'Drugsgerelateerde meldingen via Meld Misdaad Anoniem (M)', '%', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 50,
            '50% van deze meldingen zijn drugsgerelateerd. De andere helft varieert in signalen over fraude, witwassen en illegaal verblijf.');

    -- Spoor 2, 'Signaalgestuurde aanpak' (source line 61)
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor2, 4, 'Ontvangen signalen en meldingen (Lokaal Ondermijningsoverleg)',
            'signalen en meldingen', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 42,
            'In 2025 zijn er in totaal 42 signalen en meldingen ontvangen.');

    -- Spoor 2, 'Bestuursrechtelijk optreden' (source line 65): one sentence, two figures
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor2, 5, 'Tijdelijke sluitingen op grond van het beleid voor drugspanden', 'sluitingen', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 1,
            'Het geactualiseerde beleid voor drugspannen heeft in 2025 geleid tot één tijdelijke sluiting en één last onder dwangsom.');

    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor2, 6, 'Lasten onder dwangsom op grond van het beleid voor drugspanden', 'lasten onder dwangsom', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 1,
            'Het geactualiseerde beleid voor drugspannen heeft in 2025 geleid tot één tijdelijke sluiting en één last onder dwangsom.');

    -- Spoor 2, 'Bestuursrechtelijk optreden' (source line 65)
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor2, 7, 'Bestuursrechtelijk optreden tegen straatdealers op grond van de APV', 'keer', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 9,
            'Daarnaast is op grond van de APV negen keer bestuursrechtelijk opgetreden tegen straatdealers.');

    -- Spoor 3, 'Wet Bibob' (source line 96): two figures
    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor3, 8, 'Bibob-onderzoeken bij aanvragen voor exploitatievergunningen', 'Bibob-onderzoeken', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 9,
            'De gemeente Wassenaar past standaard de Wet Bibob toe bij alle aanvragen voor exploitatievergunningen. Dit heeft in 2025 geleid tot 9 Bibob-onderzoeken.');

    insert into kpi (plan_id, theme_id, position, name, unit, kind)
    values (v_plan, v_spoor3, 9, 'Bibob-onderzoeken bij gemeentelijke vastgoedtransacties', 'Bibob-onderzoeken', 'NUMERIC')
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, note)
    values (v_kpi, '2025', 2025, 2,
            'Daarnaast zijn twee Bibob-onderzoeken uitgevoerd bij gemeentelijke vastgoedtransacties.');
end $$;
