package nl.ivbplanner.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V4 loads Wassenaar's "Uitvoeringsplan 2026 ondermijningsaanpak" (source
 * /work/shared/seeds/001_4a3accb7fced5e9b.txt). Counts below were made by hand from that document;
 * the derivations are in docs/seed-derivations.md. The document prints no '€'
 * amounts and no budget, formation or per-activity evaluation.
 */
@IvbIntegrationTest
class WassenaarOndermijningSeedTest {

    private static final String FRAMEWORK = """
            (select f.id from policy_framework f join municipality m on m.id = f.municipality_id
             where m.slug = 'wassenaar' and f.slug = 'ondermijning-2025-2028')""";

    private static final String PLAN =
            "(select p.id from execution_plan p where p.year = 2026 and p.framework_id = " + FRAMEWORK + ")";

    @Autowired
    JdbcClient jdbc;

    @Test
    void frameworkCarriesTheCouncilDecisionOf17December2024() {
        Map<String, Object> framework = jdbc.sql(
                        "select title, kind, first_year, last_year, adopted_by_council_on::text as adopted"
                                + " from policy_framework where id = " + FRAMEWORK)
                .query()
                .singleRow();

        // Title as quoted in chapter 1, first sentence (lower-case 'de' as printed).
        assertThat(framework)
                .containsEntry("title", "Gemeentelijke aanpak tegen ondermijnende criminaliteit in Wassenaar")
                .containsEntry("kind", "UNDERMINING")
                .containsEntry("first_year", 2025)
                .containsEntry("last_year", 2028)
                .containsEntry("adopted", "2024-12-17");
    }

    @Test
    void threeSporenAreTracksInPrintedOrderInKernbeleidField5() {
        // Names as printed above the three plan tables of chapter 2.
        assertThat(strings("select code || ': ' || name from theme where framework_id = " + FRAMEWORK
                        + " order by position"))
                .containsExactly("Spoor 1: Bewustwording & weerbaarheid", "Spoor 2: Aanpakken", "Spoor 3: Voorkomen");
        assertThat(strings("select distinct kind || '/' || kernbeleid_field || '/' || (parent_id is null)"
                        + " from theme where framework_id = " + FRAMEWORK))
                .containsExactly("TRACK/5/true");
    }

    @Test
    void onlyThe2026PlanExistsAndItIsAConceptBecauseNoAdoptionDateIsPrinted() {
        assertThat(count("select count(*) from execution_plan where framework_id = " + FRAMEWORK))
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select title || '|' || state || '|' || (adopted_on is null) || '|' || (default_lead_partner_id is null)"
                                        + " from execution_plan where id = " + PLAN)
                        .query(String.class)
                        .single())
                .isEqualTo("Uitvoeringsplan 2026 ondermijningsaanpak|CONCEPT|true|true");
    }

    @Test
    void eachPlanTableRowIsAnActivityUnderItsSpoor() {
        // Chapter 2: two rows per table. Partner links = names in 'In samenwerking met':
        // spoor 1: 3 (sociaal domein) + 7 (COA Duinrell, three gemeenten, RSIV, HEIT, SHOP) = 10;
        // spoor 2: 3 (Privacy-officer, ICT, Politie) + 4 (Politie, three gemeenten) = 7;
        // spoor 3: 5 (Casemanagement Omgevingswet ... Financiën) + 1 (HR) = 6.
        assertThat(strings("""
                select t.code || ': ' || count(distinct a.id) || ' activities, ' || count(ap.id) || ' partner links'
                from theme t join activity a on a.theme_id = t.id left join activity_partner ap on ap.activity_id = a.id
                where a.plan_id = """ + PLAN + " group by t.code, t.position order by t.position"))
                .containsExactly(
                        "Spoor 1: 2 activities, 10 partner links",
                        "Spoor 2: 2 activities, 7 partner links",
                        "Spoor 3: 2 activities, 6 partner links");
        assertThat(strings("select distinct role from activity_partner ap join activity a on a.id = ap.activity_id"
                        + " where a.plan_id = " + PLAN))
                .containsExactly("BETROKKEN");
    }

    @Test
    void tableCellsAreStoredVerbatim() {
        assertThat(activityColumn("goal", "Districtelijke bijeenkomst mensenhandel bij COA's"))
                .isEqualTo("Alertheid en meldingsbereidheid op signalen van mensenhandel binnen COA-locaties verhogen");
        assertThat(activityColumn("status_note", "Interne training zorgfraude bij sociaal domein"))
                .isEqualTo("Vorbereiding reeds gestart");
        assertThat(activityColumn("goal", "Pilot organisatiebrede toepassing Wet Bibob"))
                .isEqualTo("Onderzoeken hoeveel uren en structurele middelen nodig zijn om op Wassenaarse schaal een"
                        + " Bibob-coördinator in de organisatie te borgen");
        assertThat(activityColumn("goal", "Samenwerking HR uitrol integriteitsbeleid"))
                .isEqualTo(
                        "De thema's integriteit en weerbaarheid met elkaar te verbinden in bewustzijn, alertheid en normering");
        assertThat(activityColumn("status_note", "Gerichte gesprekken en controles toezicht en handhaving DOL DOR"))
                .isEqualTo("Eerste gesprekken in 2025 geweest");
        assertThat(strings("select title from activity where plan_id = " + PLAN
                        + " and planning is null and deadline is null"
                        + " and theme_id = (select id from theme where framework_id = " + FRAMEWORK
                        + " and code = 'Spoor 3')"
                        + " order by position"))
                .containsExactly(
                        "Pilot organisatiebrede toepassing Wet Bibob", "Samenwerking HR uitrol integriteitsbeleid");
    }

    @Test
    void partnersKeepTheirPrintedWordingAndSharedKeys() {
        assertThat(partnerLinks("Districtelijke bijeenkomst mensenhandel bij COA's"))
                .containsExactly(
                        "coa=COA Duinrell",
                        "gemeente-leidschendam-voorburg=Gemeente Leidschendam-Voorburg",
                        "gemeente-pijnacker-nootdorp=Gemeente Pijnacker-Nootdorp",
                        "gemeente-zoetermeer=Gemeente Zoetermeer",
                        "rsiv=RSIV",
                        "heit=HEIT",
                        "shop=SHOP");
        assertThat(partnerLinks("Pilot organisatiebrede toepassing Wet Bibob"))
                .containsExactly(
                        "wassenaar-casemanagement-omgevingswet=Casemanagement Omgevingswet",
                        "wassenaar-apv-vergunningverlening=APV vergunningverlening",
                        "wassenaar-sociaal-domein=Sociaal domein (subsidies & zorg)",
                        "wassenaar-vastgoed=Vastgoed",
                        "wassenaar-financien=Financiën (inkoop & aanbesteding)");
        assertThat(partnerLinks("Opstelling en implementatie privacyprotocol ondermijningsaanpak"))
                .containsExactly("wassenaar-privacy-officer=Privacy-officer", "wassenaar-ict=ICT", "politie=Politie");
        // Other municipalities are shared external partners; Wassenaar's own units are internal.
        assertThat(
                        strings(
                                "select kind || ':' || (municipality_id is null) from partner where key = 'gemeente-zoetermeer'"))
                .containsExactly("EXTERNAL:true");
        assertThat(strings(
                        "select distinct p.kind || ':' || m.slug from partner p join municipality m on m.id = p.municipality_id"
                                + " where p.key like 'wassenaar-%' and p.id in (select partner_id from activity_partner ap"
                                + " join activity a on a.id = ap.activity_id where a.plan_id = " + PLAN + ")"))
                .containsExactly("INTERNAL:wassenaar");
    }

    @Test
    void noActivityEvaluationIsInventedBecauseTheDocumentEvaluatesPerSpoorInProse() {
        assertThat(count("select count(*) from evaluation e join activity a on a.id = e.activity_id where a.plan_id = "
                        + PLAN))
                .isZero();
    }

    @Test
    void figuresOf2025AreKpisWithMeasurementsPerSpoor() {
        // Spoor 1: training (1), bijeenkomsten (2), M-meldingen (2025 and 2024: 18), drugsgerelateerd (50%);
        // spoor 2: signalen (42), sluiting (1), last onder dwangsom (1), straatdealers (9);
        // spoor 3: Bibob exploitatievergunningen (9), Bibob vastgoedtransacties (2).
        assertThat(strings("""
                select t.code || ': ' || count(distinct k.id) || ' kpis, ' || count(m.id) || ' measurements'
                from theme t join kpi k on k.theme_id = t.id join measurement m on m.kpi_id = k.id
                where k.plan_id = """ + PLAN + " group by t.code, t.position order by t.position"))
                .containsExactly(
                        "Spoor 1: 4 kpis, 5 measurements",
                        "Spoor 2: 4 kpis, 4 measurements",
                        "Spoor 3: 2 kpis, 2 measurements");
        assertThat(measurementValues("Meldingen via Meld Misdaad Anoniem (M)"))
                .containsExactly("2024=18.00", "2025=18.00");
        assertThat(measurementValues("Ontvangen signalen en meldingen (Lokaal Ondermijningsoverleg)"))
                .containsExactly("2025=42.00");
        assertThat(measurementNote("Tijdelijke sluitingen op grond van het beleid voor drugspanden"))
                .isEqualTo(
                        "Het geactualiseerde beleid voor drugspannen heeft in 2025 geleid tot één tijdelijke sluiting"
                                + " en één last onder dwangsom.");
        assertThat(measurementNote("Bibob-onderzoeken bij gemeentelijke vastgoedtransacties"))
                .isEqualTo("Daarnaast zijn twee Bibob-onderzoeken uitgevoerd bij gemeentelijke vastgoedtransacties.");
        assertThat(measurementValues("Drugsgerelateerde meldingen via Meld Misdaad Anoniem (M)"))
                .containsExactly("2025=50.00");
        // Every figure is a 2025 figure of the year evaluation, except the 2024 comparison printed for M.
        assertThat(strings("select m.period || ' ' || count(*) from measurement m join kpi k on k.id = m.kpi_id"
                        + " where k.plan_id = " + PLAN + " group by m.period order by m.period"))
                .containsExactly("2024 1", "2025 10");
    }

    @Test
    void narrativeSectionsFollowTheDocumentOrder() {
        // Subtitle, chapter 1 with 3 sporen (4 + 5 + 7 paragraphs under them), chapter 2 and the 3 table captions.
        assertThat(strings("select level || ' ' || coalesce(heading, '-') from narrative_section where plan_id = "
                        + PLAN + " order by position"))
                .containsExactly(
                        "1 -",
                        "1 1. Jaarevaluatie en tussentijdse analyse 2025",
                        "2 spoor 1: bewustwording",
                        "3 Interne alertheid",
                        "3 Externe bewustwording en alertheid",
                        "3 Publiekscampagne en communicatiestrategie",
                        "3 Meldroutes",
                        "2 Spoor 2: Aanpakken",
                        "3 Signaalgestuurde aanpak",
                        "3 Bestuursrechtelijk optreden",
                        "3 Implementatie Atlas & privacy",
                        "3 Risicogerichte aanpak",
                        "3 Professionalisering van toezicht en handhaving",
                        "2 Spoor 3: Voorkomen",
                        "3 Wet Bibob",
                        "3 Pilot organisatiebrede toepassing Wet Bibob",
                        "3 Toepassing wet Bibob bij Regionale Inkoopstrategie Jeugdhulp SBJH",
                        "3 Actualisatie integriteitsbeleid & implementatie van de VOG-P",
                        "3 Voorkomen van jonge aanwas",
                        "3 Verbinding tussen ondermijningsaanpak en de zorg- en veiligheidsstructuur",
                        "3 Keurmerk Veilig Ondernemen (KVO)",
                        "1 2. Uitvoeringsplan 2026",
                        "2 Spoor 1: Bewustwording & weerbaarheid",
                        "2 Spoor 2: Aanpakken",
                        "2 Spoor 3: Voorkomen");
        // Sections under a spoor carry its theme: spoor 1 = 1 + 4 + caption, spoor 2 = 1 + 5 + caption, spoor 3 = 1 + 7
        // + caption.
        assertThat(strings(
                        "select coalesce(t.code, '-') || ' ' || count(*) from narrative_section n left join theme t on t.id = n.theme_id"
                                + " where n.plan_id = " + PLAN + " group by t.code order by t.code nulls first"))
                .containsExactly("- 3", "Spoor 1 6", "Spoor 2 7", "Spoor 3 9");
    }

    @Test
    void narrativeBodiesAreVerbatimWithListsAsLines() {
        assertThat(sectionBody(0)).isEqualTo("Inclusief jaarevaluatie en tussentijdse analyse 2025");
        assertThat(sectionBody("Spoor 3: Voorkomen"))
                .isEqualTo(
                        "Het derde en laatste spoor van het vierjarige ondermijningsbeleid betreft 'voorkomen'. De gemeente kan samen met"
                                + " inwoners, ondernemers en andere maatschappelijke organisaties maatregelen nemen om criminele inmenging te"
                                + " voorkomen, en in breder verband toewerken naar het wegnemen van een voedingsbodem voor groeiende"
                                + " criminaliteitsproblematiek.");
        assertThat(sectionBody("Spoor 2: Aanpakken")).endsWith("""
                Het tweede spoor kent 3 verschillende focusgebieden:

                1. Signaalgestuurde aanpak
                2. Risicogerichte aandachtsgebieden
                3. Professionalisering van toezicht en handhaving""");
        assertThat(sectionBody("Actualisatie integriteitsbeleid & implementatie van de VOG-P"))
                .isEqualTo("""
                Het integriteitsbeleid is geactualiseerd en de VOG-P is geïmplementeerd voor kwetsbare functies. \
                De VOG-P is sinds een aantal jaar verplicht als zwaardere VOG en toetst naast antecedenten ook politiegegevens \
                voor specifieke functies die bij wet zijn aangewezen als kwetsbaar.

                In 2026 wordt dit verder ingebed binnen de organisatie.""");
        assertThat(sectionBody("Signaalgestuurde aanpak"))
                .contains(
                        "In 2025 zijn er in totaal 42 signalen en meldingen ontvangen. Alle signalen en meldingen zijn. Waar nodig");
        assertThat(sectionBody("Professionalisering van toezicht en handhaving"))
                .isEqualTo("""
                Het derde focusgebied kende in 2025 een aantal activiteiten:

                - Signaaltraining voor boa's en bouwinspecteurs over bewustwording en signalen van ondermijning
                - Gerichte training voor boa's voor integrale controles en gebruik van bevoegdheden
                - Gerichte training voor boa's en politiefunctionarissen voor toezicht en handhaving op het DOR

                Komend jaar zal verdere training plaatsvinden op het gebruik van bevoegdheden, complexe taakaccenten zoals \
                het toezicht op DOR, de BRP en het doen van integrale controles.""");
        assertThat(sectionBody("Risicogerichte aanpak")
                        .lines()
                        .filter(line -> line.startsWith("- "))
                        .map(line -> line.split(":")[0]))
                .containsExactly(
                        "- Buitengebied", "- Opslagboxen", "- Zorgcriminaliteit", "- Digitaal Opkopersregister");
        assertThat(sectionBody("2. Uitvoeringsplan 2026"))
                .isEqualTo(
                        "Op basis van de jaarevaluatie en tussentijdse beleidsanalyse wordt, gekeken naar de meerjarige doelstellingen"
                                + " zoals benoemd in het vierjarige beleidsplan ondermijningsaanpak, de volgende doelstellingen voor 2026"
                                + " geformuleerd.");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private String activityColumn(String column, String title) {
        return jdbc.sql("select " + column + " from activity where plan_id = " + PLAN + " and title = ?")
                .param(title)
                .query(String.class)
                .single();
    }

    private List<String> partnerLinks(String activityTitle) {
        return jdbc.sql("""
                select p.key || '=' || ap.wording from activity_partner ap
                join partner p on p.id = ap.partner_id join activity a on a.id = ap.activity_id
                where a.plan_id = """ + PLAN + " and a.title = ? order by ap.position")
                .param(activityTitle)
                .query(String.class)
                .list();
    }

    private List<String> measurementValues(String kpiName) {
        return jdbc.sql("select m.period || '=' || m.value from measurement m join kpi k on k.id = m.kpi_id"
                        + " where k.plan_id = " + PLAN + " and k.name = ? order by m.year")
                .param(kpiName)
                .query(String.class)
                .list();
    }

    private String measurementNote(String kpiName) {
        return jdbc.sql("select m.note from measurement m join kpi k on k.id = m.kpi_id where k.plan_id = " + PLAN
                        + " and k.name = ?")
                .param(kpiName)
                .query(String.class)
                .single();
    }

    private String sectionBody(int position) {
        return jdbc.sql("select body from narrative_section where plan_id = " + PLAN + " and position = ?")
                .param(position)
                .query(String.class)
                .single();
    }

    /** The section with this heading that has text (the table captions of chapter 2 repeat two spoor headings). */
    private String sectionBody(String heading) {
        return jdbc.sql("select body from narrative_section where plan_id = " + PLAN
                        + " and heading = ? and body <> ''")
                .param(heading)
                .query(String.class)
                .single();
    }
}
