package nl.ivbplanner.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed V5 of Rijswijk's "Uitvoeringsplan Veiligheid Rijswijk 2026" under the Strategisch
 * Veiligheidsbeleid 2026-2030 (source /work/shared/seeds/002_44ee6912134cde6e.txt; line numbers in the
 * comments refer to that file). Counts were made by hand from the document; judgement calls are in
 * docs/seed-derivations.md.
 */
@IvbIntegrationTest
class RijswijkSeedTest {

    private static final String FRAMEWORK = """
            (select f.id from policy_framework f join municipality m on m.id = f.municipality_id
             where m.slug = 'rijswijk' and f.slug = 'strategisch-veiligheidsbeleid-2026-2030')""";
    private static final String PLAN =
            "(select p.id from execution_plan p where p.year = 2026 and p.framework_id = " + FRAMEWORK + ")";
    /** A theme found by its parent's name and its own code ('A', 'B', ...), or by name when parent is null. */
    private static final String THEME = """
            (select t.id from theme t left join theme pt on pt.id = t.parent_id
             where t.framework_id = %s and ((pt.name = :parent and t.code = :code) or (:parent = '' and t.name = :code)))""".formatted(FRAMEWORK);

    @Autowired
    JdbcClient jdbc;

    // --- helpers ------------------------------------------------------------------------------------

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private String objectiveText(String parent, String code, int position) {
        return jdbc.sql("select text from objective where plan_id = " + PLAN + " and theme_id = " + THEME
                        + " and position = :position")
                .param("parent", parent)
                .param("code", code)
                .param("position", position)
                .query(String.class)
                .single();
    }

    private String actionTitle(String parent, String code, int position) {
        return jdbc.sql("select title from activity where plan_id = " + PLAN + " and theme_id = " + THEME
                        + " and position = :position")
                .param("parent", parent)
                .param("code", code)
                .param("position", position)
                .query(String.class)
                .single();
    }

    /** Per theme: "number:actions" of its objectives in position order, e.g. "5:4,6:2,6:1". */
    private String objectivesWithActionCounts(String parent, String code) {
        return jdbc.sql("""
                        select string_agg(o.number || ':' || (select count(*) from activity a where a.objective_id = o.id),
                                          ',' order by o.position)
                        from objective o where o.plan_id = %s and o.theme_id = %s""".formatted(PLAN, THEME))
                .param("parent", parent)
                .param("code", code)
                .query(String.class)
                .single();
    }

    private Map<String, Object> kpi(String name) {
        return jdbc.sql(
                        "select kind, comparator, target_value, target_text, target_year, unit from kpi where plan_id = "
                                + PLAN + " and name = :name")
                .param("name", name)
                .query()
                .singleRow();
    }

    private List<String> paragraphs(String heading) {
        String body = jdbc.sql("select body from narrative_section where plan_id = " + PLAN + " and heading = :heading")
                .param("heading", heading)
                .query(String.class)
                .single();
        return Arrays.asList(body.split("\n\n"));
    }

    // --- framework, plan, themes ------------------------------------------------------------------------

    @Test
    void frameworkAndPlanAreLoadedWithoutInventedDates() {
        Map<String, Object> framework = jdbc.sql("select title, kind, first_year, last_year, adopted_by_council_on"
                        + " from policy_framework where id = " + FRAMEWORK)
                .query()
                .singleRow();
        assertThat(framework)
                .containsEntry("title", "Strategisch Veiligheidsbeleid 2026-2030")
                .containsEntry("kind", "STRATEGIC_SAFETY")
                .containsEntry("first_year", 2026)
                .containsEntry("last_year", 2030);
        // line 1552 only says the council treated the proposal on 16 December 2025, not that it adopted it
        assertThat(framework.get("adopted_by_council_on")).isNull();

        Map<String, Object> plan = jdbc.sql("select p.title, p.state, p.adopted_on, d.key, d.name, d.kind"
                        + " from execution_plan p join partner d on d.id = p.default_lead_partner_id where p.id = "
                        + PLAN)
                .query()
                .singleRow();
        assertThat(plan)
                .containsEntry("title", "Uitvoeringsplan Veiligheid Rijswijk 2026")
                .containsEntry("state", "CONCEPT")
                .containsEntry("key", "rijswijk-team-oovb")
                .containsEntry("name", "Team Openbare Orde en Veiligheid en BIBOB (OOV&B)")
                .containsEntry("kind", "INTERNAL");
        assertThat(plan.get("adopted_on")).isNull();
    }

    @Test
    void topLevelThemesFollowTheListsOfChapterOne() {
        // lines 21-26 (priorities), 33-42 (overige thema's), chapter 10 (Communicatie)
        assertThat(strings("select name || '|' || kind || '|' || coalesce(kernbeleid_field::text, '-') from theme"
                        + " where parent_id is null and framework_id = " + FRAMEWORK + " order by position"))
                .containsExactly(
                        "Zorg en Veiligheid|PRIORITY|1",
                        "Femicide|PRIORITY|1",
                        "Ondermijning|PRIORITY|5",
                        "Jeugd en preventie|PRIORITY|3",
                        "Maatschappelijke veiligheid|PRIORITY|1",
                        "Cybercrime en gedigitaliseerde criminaliteit|REGIONAL_PRIORITY|1",
                        "Aanpak misstanden bewoning|OTHER|1",
                        "Aanpak woonoverlast|OTHER|1",
                        "Accounthouderschap en bestuurlijke advisering|OTHER|3",
                        "Bestuurlijk Informatie Justitiabelen (BIJ)- melding|OTHER|1",
                        "Inwonersparticipatie|OTHER|1",
                        "Crisis- en rampenbestrijding/ eigen crisisorganisatie/ piketdienst.|OTHER|4",
                        "Maatschappelijk ongenoegen|OTHER|5",
                        "Openbare ruimte en sociale veiligheid|OTHER|1",
                        "Radicalisering|OTHER|5",
                        "Veilige Publieke Taak|OTHER|5",
                        "Communicatie|GOING_CONCERN|-");
    }

    @Test
    void subThemesAreChildThemesWithTheirPrintedLetter() {
        // headings 'A. ...' of chapters 2-6 (lines 112, 178, 248, 388, 427, 499, 619, 726, 1083, 1103, 1144, 1292,
        // 1328)
        assertThat(strings(
                        "select pt.name || ' > ' || t.code || '. ' || t.name || '|' || t.kernbeleid_field from theme t"
                                + " join theme pt on pt.id = t.parent_id where t.framework_id = " + FRAMEWORK
                                + " order by pt.position, t.position"))
                .containsExactly(
                        "Zorg en Veiligheid > A. Huiselijk geweld en femicide|1",
                        "Zorg en Veiligheid > B. Personen met onbegrepen gedrag|1",
                        "Zorg en Veiligheid > C. Multiprobleem gezinnen|1",
                        "Ondermijning > A. Drugshandel|5",
                        "Ondermijning > B. Bedrijventerreinen|2",
                        "Ondermijning > C. Mensenhandel|5",
                        "Jeugd en preventie > A. Schoolveiligheid|3",
                        "Jeugd en preventie > B. Jeugd en Criminaliteit|3",
                        "Maatschappelijke veiligheid > A. Schoon, Heel en Veilig|1",
                        "Maatschappelijke veiligheid > B. Wijkveiligheid|1",
                        "Maatschappelijke veiligheid > C. Verkeersveiligheid|4",
                        "Cybercrime en gedigitaliseerde criminaliteit > A. Cybercrime en gedigitaliseerde criminaliteit|1",
                        "Cybercrime en gedigitaliseerde criminaliteit > B. Senioren en Veiligheid|1");
    }

    @Test
    void regieTextsAreTheThemeLeadsVerbatim() {
        Map<String, String> leads = jdbc
                .sql("select coalesce(pt.name || ' > ', '') || t.name as theme, t.lead from theme t"
                        + " left join theme pt on pt.id = t.parent_id where t.lead is not null and t.framework_id = "
                        + FRAMEWORK)
                .query((rs, i) -> Map.entry(rs.getString("theme"), rs.getString("lead")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // chapter 2 (283-284) on both merged priorities, 3 (546-548), 4 A and B (724-725, 907-908), 5 (1209-1216),
        // 6 (1374-1376), 10 (1654-1655)
        assertThat(leads).hasSize(8);
        assertThat(leads.get("Femicide"))
                .isEqualTo(leads.get("Zorg en Veiligheid"))
                .isEqualTo(
                        "Bij overleg in het Sociaal Domein over multiproblematieken worden per casus afspraken gemaakt over wie de casusregisseur is.");
        assertThat(leads.get("Ondermijning")).isEqualTo("""
                In het geval van bestuurlijke controles heeft de gemeente de regie.

                In het geval van bestuursrechtelijk handhaven heeft de gemeente de regie.

                In het geval van strafrecht heeft de politie onder leiding van OM de regie.""");
        assertThat(leads.get("Jeugd en preventie > Jeugd en Criminaliteit"))
                .isEqualTo(
                        "De regie ligt bij de team OOV&B in samenwerking met de diverse maatschappelijke (veiligheids-) partners.");
        assertThat(leads.get("Maatschappelijke veiligheid"))
                .endsWith(
                        "De regie op Maatschappelijke weerbaarheid ligt bij de Projectleider/-Kwartiermaker Maatschappelijke weerbaarheid.");
    }

    // --- objectives and actions ---------------------------------------------------------------------------

    @Test
    void objectivesKeepPrintedNumbersAndOrderWithTheirActionsCountedByHand() {
        // number:actions per objective, counted in 'Wat willen we bereiken? / Acties' of each sub-theme
        assertThat(objectivesWithActionCounts("Zorg en Veiligheid", "A")).isEqualTo("1:4,2:1,3:1,4:1"); // lines 115-173
        assertThat(objectivesWithActionCounts("Zorg en Veiligheid", "B"))
                .isEqualTo("5:4,6:2,6:1"); // 181-243, '6' printed twice
        assertThat(objectivesWithActionCounts("Zorg en Veiligheid", "C")).isEqualTo("7:3"); // 251-270
        assertThat(objectivesWithActionCounts("Ondermijning", "A")).isEqualTo("1:1,2:1,3:2"); // 392-422
        assertThat(objectivesWithActionCounts("Ondermijning", "B")).isEqualTo("1:3,2:3,3:1"); // 431-494
        assertThat(objectivesWithActionCounts("Ondermijning", "C")).isEqualTo("1:1,2:1,3:1"); // 502-531
        assertThat(objectivesWithActionCounts("Jeugd en preventie", "A")).isEqualTo("1:4,2:7,3:2"); // 623-708
        assertThat(objectivesWithActionCounts("Jeugd en preventie", "B"))
                .isEqualTo("4:2,5:1,6:2,7:2,8:2,9:3,10:2,11:3"); // 730-876
        assertThat(objectivesWithActionCounts("Maatschappelijke veiligheid", "A"))
                .isEqualTo("1:1"); // 1088-1098
        assertThat(objectivesWithActionCounts("Maatschappelijke veiligheid", "B"))
                .isEqualTo("2:1,3:4"); // 1107-1143
        assertThat(objectivesWithActionCounts("Maatschappelijke veiligheid", "C"))
                .isEqualTo("4:3,5:4"); // 1149-1197
        assertThat(objectivesWithActionCounts("Cybercrime en gedigitaliseerde criminaliteit", "A"))
                .isEqualTo("1:1,2:1"); // 1296-1323
        assertThat(objectivesWithActionCounts("Cybercrime en gedigitaliseerde criminaliteit", "B"))
                .isEqualTo("3:2,4:2"); // 1332-1361
        assertThat(objectivesWithActionCounts("", "Communicatie")).isEqualTo("1:2,2:2"); // 1615-1644

        // 39 objectives and 84 actions in total, every action under an objective of the 2026 plan
        assertThat(count("select count(*) from objective where plan_id = " + PLAN))
                .isEqualTo(39);
        assertThat(count("select count(*) from activity where plan_id = " + PLAN))
                .isEqualTo(84);
        assertThat(count("select count(*) from activity a join objective o on o.id = a.objective_id"
                        + " where o.plan_id = a.plan_id and o.theme_id = a.theme_id and a.plan_id = " + PLAN))
                .isEqualTo(84);
        // each action under the objective printed above it: in every sub-theme the actions' objectives follow the
        // objectives' printed order, so together with the counts above every action has its own objective
        assertThat(count("""
                select count(*) from activity a join objective o on o.id = a.objective_id
                join activity b on b.theme_id = a.theme_id and b.plan_id = a.plan_id and b.position > a.position
                join objective ob on ob.id = b.objective_id
                where ob.position < o.position and a.plan_id = """ + PLAN)).isZero();
    }

    @Test
    void objectivesAndActionsAreStoredVerbatim() {
        // chapter 2, the second objective numbered 6 (lines 231-235) and an action with curly quotes (168-173)
        assertThat(objectiveText("Zorg en Veiligheid", "B", 2))
                .isEqualTo(
                        "Inzet 24/7 triage bedden voor personen met onbegrepen gedrag bij drie gemeenten in de regio Haaglanden (Delft, Den Haag, Zoetermeer) als pilot.");
        assertThat(actionTitle("Zorg en Veiligheid", "A", 6))
                .isEqualTo(
                        "Aan de hand van deze aanpak worden slachtoffers in een “code rood” situatie hulp aangeboden door de inzet van de twee coördinatoren Zorg en Veiligheid in samenwerking met de andere partners.");
        // chapter 3: both apostrophes as printed (441-452); objective and action printed on one line (511)
        assertThat(actionTitle("Ondermijning", "B", 0))
                .isEqualTo(
                        "De twee ondermijningsBOA’s worden onder meer ingezet bij het uitvoeren van integrale controles. Zij zijn tijdens hun surveillance proactief op zoek naar interessante panden. Ook werken zij data gestuurd en werken vooraf signalen op tot casuïstiek. Regie op de aanpak gebeurt door de Regisseur Ondermijning, de daadwerkelijke aansturing van deze boa's ligt bij team ITH.");
        assertThat(objectiveText("Ondermijning", "C", 1)).isEqualTo("Aanpak niet vergunde prostitutie.");
        assertThat(actionTitle("Ondermijning", "C", 1))
                .startsWith("De aanpak van niet vergunde prostitutie wordt voortgezet samen met het HEIT.")
                .endsWith(
                        "We hebben aandacht voor de kwetsbare functie van de sekswerker en waar mogelijk bieden wij hulp of een uitstap traject aan.");
        // chapter 4: hyphenation break repaired (654-657), accents (750-755)
        assertThat(objectiveText("Jeugd en preventie", "A", 1))
                .isEqualTo(
                        "Verbeteren van de informatieverstrekking tussen scholen, gemeente en partners (vroegsignalering).");
        assertThat(actionTitle("Jeugd en preventie", "B", 2))
                .isEqualTo(
                        "Samen met de scheidsrechter Serdar Gözübüyük (Sports Connecting Us) worden er 10 workshops georganiseerd voor jongeren op verschillende Rijswijkse sportverenigingen en scholen.");
        // chapter 5: quoted campaign names (1165-1167)
        assertThat(actionTitle("Maatschappelijke veiligheid", "C", 2))
                .isEqualTo("Uitrollen van campagnes ‘Licht AAN’, MONO, BOB en ‘Wij gaan weer naar school’.");
        // chapter 6 (1296-1302)
        assertThat(objectiveText("Cybercrime en gedigitaliseerde criminaliteit", "A", 0))
                .isEqualTo(
                        "Realiseren lokale alliantie aanpak cybercrime en gedigitaliseerde criminaliteit met belangrijke samenwerkingspartners zoals digitale wijkagent, banken, slachtofferhulp, gemeente, vertegenwoordiging ondernemers, etc.");
        // chapter 10 (1640-1644)
        assertThat(actionTitle("", "Communicatie", 3))
                .isEqualTo(
                        "Team OOV&B en Team ITH updaten de gemeentepagina, waar alle relevante informatie wordt gebundeld over veiligheidsonderwerpen.");
    }

    // --- partners -----------------------------------------------------------------------------------------

    @Test
    void partnerListsLinkSharedOrganisationsToEveryActionOfTheirSubThemes() {
        // BETROKKEN = actions x list items: ch2 17x4 + ch3 14x7 + ch4 A 13x7 + ch4 B 17x21 + ch5 13x4 + ch6 6x6 + ch10
        // 4x2
        // = 710 in V5, less the 26 that V11 removed where the same organisation is trekker or regie of the action
        assertThat(count("select count(*) from activity_partner ap join activity a on a.id = ap.activity_id"
                        + " where ap.role = 'BETROKKEN' and a.plan_id = " + PLAN))
                .isEqualTo(684);
        // REGIE: ch4 A 13x2 + ch4 B 17 + ch5 9 + ch6 6 + ch10 4x2; TREKKER: 22 named executors
        assertThat(count("select count(*) from activity_partner ap join activity a on a.id = ap.activity_id"
                        + " where ap.role = 'REGIE' and a.plan_id = " + PLAN))
                .isEqualTo(66);
        assertThat(count("select count(*) from activity_partner ap join activity a on a.id = ap.activity_id"
                        + " where ap.role = 'TREKKER' and a.plan_id = " + PLAN))
                .isEqualTo(22);

        // however the document spells them, the shared V2 rows are used
        assertThat(
                        strings(
                                "select distinct p.key || '=' || ap.wording from activity_partner ap join partner p on p.id = ap.partner_id"
                                        + " join activity a on a.id = ap.activity_id where a.plan_id = " + PLAN
                                        + " and p.key in ('openbaar-ministerie', 'riec-haaglanden', 'reclassering', 'zorg-en-veiligheidshuis-haaglanden', 'rijswijk-team-ith')"))
                .containsExactlyInAnyOrder(
                        "openbaar-ministerie=Openbaar Ministerie",
                        "openbaar-ministerie=Openbaar Ministerie (OM)",
                        "reclassering=Reclassering Nederland",
                        "riec-haaglanden=RIEC",
                        "rijswijk-team-ith=Handhaving",
                        "rijswijk-team-ith=Team Handhaving",
                        "rijswijk-team-ith=Team Handhaving (boa’s)",
                        "rijswijk-team-ith=Team ITH",
                        "rijswijk-team-ith=team ITH",
                        "zorg-en-veiligheidshuis-haaglanden=Zorg en Veiligheidshuis Haaglanden (ZVHH)");
        assertThat(count("select count(*) from partner where key like 'rijswijk-%' and kind <> 'INTERNAL'"))
                .isZero();
    }

    @Test
    void eachOrganisationIsLinkedOncePerActionUnlessItHasTwoLeadingRoles() {
        // V11: a list item (BETROKKEN) is not linked again where the same organisation carries (TREKKER, the action's
        // own text) or directs (REGIE, 'Wie heeft de regie?') the action; e.g. 'Team ITH (trekker)' and 'Team
        // Handhaving (boa’s)' on the blackspots action of Verkeersveiligheid (lines 1172-1174, 1203)
        assertThat(count("""
                select count(*) from activity_partner b join activity a on a.id = b.activity_id
                where b.role = 'BETROKKEN' and a.plan_id = %s and exists (select 1 from activity_partner l
                    where l.activity_id = b.activity_id and l.partner_id = b.partner_id and l.role <> 'BETROKKEN')""".formatted(PLAN))).isZero();
        // the organisations that remain twice on an action are named as trekker in its text and given the regie
        assertThat(strings("""
                select coalesce(t.code, '-') || a.position || ' ' || p.key || '=' || string_agg(ap.role, '+' order by ap.role desc)
                from activity_partner ap join partner p on p.id = ap.partner_id join activity a on a.id = ap.activity_id
                join theme t on t.id = a.theme_id where a.plan_id = %s
                group by a.id, t.code, a.position, p.key having count(*) > 1""".formatted(PLAN)))
                .containsExactlyInAnyOrder(
                        "A11 rijswijk-team-oovb=TREKKER+REGIE", // line 701: 'Team OOV&B en Team jeugd, Onderwijs en
                        // Sport (JOS) werken ...'
                        "A11 rijswijk-team-jos=TREKKER+REGIE", // 724-725: 'De regie op schoolveiligheid ligt bij ...
                        // OOV&B en JOS'
                        "-3 rijswijk-team-oovb=TREKKER+REGIE", // Communicatie, lines 1640-1641: 'Team OOV&B en Team ITH
                        // updaten ...'
                        "-3 rijswijk-team-ith=TREKKER+REGIE"); // 1654-1655: regie bij Team OOV&B en bij Team ITH
    }

    @Test
    void bondgenotenActionIsRegiedByThePolice() {
        // line 1214 'De regie op Bondgenoten systematiek ligt bij de politie.' -> objective 2 of Wijkveiligheid
        assertThat(strings(
                        "select p.key || '=' || ap.wording from activity_partner ap join partner p on p.id = ap.partner_id"
                                + " join activity a on a.id = ap.activity_id join theme t on t.id = a.theme_id"
                                + " where ap.role = 'REGIE' and t.name = 'Wijkveiligheid' and a.position = 0 and a.plan_id = "
                                + PLAN))
                .containsExactly("politie=politie");
    }

    // --- KPIs ---------------------------------------------------------------------------------------------

    @Test
    void kpisAreCountedPerChapterAndClassified() {
        // ch2 4 (290-304), ch3 8 (552-578), ch4 22 bullets = 23 rows (the Halt bullet 982-984 holds two targets),
        // ch5 10 (1224-1259), ch6 1 (1380-1382), ch10 4 (1657-1673)
        assertThat(
                        strings(
                                "select coalesce(pt.name, t.name) || '=' || count(*) from kpi k join theme t on t.id = k.theme_id"
                                        + " left join theme pt on pt.id = t.parent_id where k.plan_id = " + PLAN
                                        + " group by coalesce(pt.name, t.name), coalesce(pt.position, t.position) order by coalesce(pt.position, t.position)"))
                .containsExactly(
                        "Zorg en Veiligheid=4",
                        "Ondermijning=8",
                        "Jeugd en preventie=23",
                        "Maatschappelijke veiligheid=10",
                        "Cybercrime en gedigitaliseerde criminaliteit=1",
                        "Communicatie=4");
        // 18 with a number (8 'minimaal/ten minste/op zijn minst/minstens', 9 bare numbers, '1 à 2'), 32 textual
        assertThat(strings(
                        "select kind || '/' || coalesce(comparator, '-') || '=' || count(*) from kpi where plan_id = "
                                + PLAN + " group by kind, comparator"))
                .containsExactlyInAnyOrder("MILESTONE/-=32", "NUMERIC/-=1", "NUMERIC/AT_LEAST=8", "NUMERIC/EQUAL=9");
        assertThat(count("select count(*) from kpi where target_year = 2026 and plan_id = " + PLAN))
                .isEqualTo(50);
    }

    @Test
    void kpiWordingsAndTargetsAreStoredAsPrinted() {
        assertThat(
                        kpi(
                                "Team OOV&B neemt minimaal 2× per jaar deel aan een ketenoverleg waarin de veiligheidsaspecten van het toekomstscenario kind- en gezinsbescherming worden besproken."))
                .containsEntry("comparator", "AT_LEAST")
                .containsEntry("target_value", new BigDecimal("2.00"));
        assertThat(kpi("Ten minste 10 bestuurlijke, integrale controles zijn uitgevoerd."))
                .containsEntry("comparator", "AT_LEAST")
                .containsEntry("target_value", new BigDecimal("10.00"));
        assertThat(
                        kpi(
                                "Er wordt in 2026 minimaal één bijeenkomst georganiseerd voor ouders/verzorgers van kinderen die in Rijswijk onderwijs volgen (zowel primair- als voorgezet onderwijs), gericht op handvatten rondom de online leefwereld van jongeren, passend binnen Dealbreakers en PMG."))
                .containsEntry("comparator", "AT_LEAST")
                .containsEntry("target_value", new BigDecimal("1.00"));
        assertThat(
                        kpi(
                                "1 à 2 wijken worden geselecteerd voor gerichte inzet: In de geselecteerde wijken worden concrete activiteiten uitgevoerd gericht op (verkeers-) veiligheid."))
                .containsEntry("kind", "NUMERIC")
                .containsEntry("target_text", "1 à 2")
                .containsEntry("unit", "wijken");
        assertThat(
                        kpi(
                                "Minimaal twee informatiebijeenkomsten voor ouderen om de weerbaarheid te vergroten zijn samen met de politie georganiseerd."))
                .containsEntry("comparator", "AT_LEAST")
                .containsEntry("target_value", new BigDecimal("2.00"));
        assertThat(kpi("Alle informatie over veiligheid en veiligheidsthema's op de gemeentewebsite zijn up to date."))
                .containsEntry("kind", "MILESTONE");
        assertThat(strings("select unit from kpi where plan_id = " + PLAN + " and name = "
                        + "'Stichting Halt heeft 20 individuele preventietrajecten en 20 voorlichtingslessen op school uitgevoerd.'"
                        + " and target_value = 20 order by position"))
                .containsExactly("individuele preventietrajecten", "voorlichtingslessen op school");
    }

    @Test
    void kpisPointAtTheObjectiveOfTheirPrintedGroupHeading() {
        // chapter 4, heading '11. Persoonsgerichte aanpak via lokale Zorg- en Veiligheidskamer' (1002-1012): 4 KPIs
        assertThat(count("select count(*) from kpi k join objective o on o.id = k.objective_id where o.number = '11'"
                        + " and k.plan_id = " + PLAN))
                .isEqualTo(4);
        // chapter 5, heading '3. Bondgenoten' (1244-1247) -> objective 2 'Participeren bondgenoten systematiek'
        assertThat(strings(
                        "select distinct o.number || '. ' || o.text from kpi k join objective o on o.id = k.objective_id"
                                + " where k.name like '%Bondgenoten%' and k.plan_id = " + PLAN))
                .containsExactly("2. Participeren bondgenoten systematiek");
    }

    // --- budget and formation ------------------------------------------------------------------------------

    @Test
    void budgetLinesAreStoredInCentsAndNoTotalIsInvented() {
        // lines 1479-1511: 8 + 2 lines; no total printed under either table
        assertThat(strings("select bt.title || '|' || count(bl.id) || '|' || coalesce(sum(bl.amount_cents), 0) || '|'"
                        + " || coalesce(bt.printed_total_cents::text, 'null') from budget_table bt join budget_line bl on bl.budget_table_id = bt.id"
                        + " where bt.plan_id = " + PLAN + " group by bt.id order by bt.position"))
                .containsExactly(
                        // 47.000 + 74.000 + 29.000 + 413.000 + 35.000 + 21.000 = 619.000 euro
                        "Openbare Orde en Veiligheid & Bibob|8|61900000|null",
                        // 86.000 + 5.615.000 = 5.701.000 euro
                        "Crisisbeheersing|2|570100000|null");
        assertThat(strings(
                        "select bl.label || '|' || coalesce(bl.amount_cents::text, bl.amount_text) || '|' || coalesce(bl.remark, '')"
                                + " from budget_line bl join budget_table bt on bt.id = bl.budget_table_id where bt.plan_id = "
                                + PLAN
                                + " order by bt.position, bl.position"))
                .containsExactly(
                        "Zorg en Veiligheid|4700000|Licentiekosten huisverbod, bijdrage Zorg & Veiligheidshuis, buurtbemiddeling",
                        "Femicide|€ ---|",
                        "Ondermijning (en BIBOB)|7400000|Bijdrage RIEC, RSIV en budget Bibob",
                        "Jeugd en Preventie|2900000|VRIS/HALT",
                        "Uitvoeringsprogramma Preventie met Gezag|41300000|Eenmalige specifieke uitkering van het Rijk",
                        "Maatschappelijke Veiligheid|3500000|Cameratoezicht en budget wijkveiligheid",
                        "Cybercrime en gedigitaliseerde criminaliteit|€ ---|",
                        "Overige veiligheidsthema’s|2100000|Inwonersparticipatie, Veilig Winkelen",
                        "Rampenbestrijding|8600000|Opleidingen, piketvergoeding, uitvoeringsbudget",
                        "Veiligheidsregio Haaglanden|561500000|Bijdrage aan VRH");
    }

    @Test
    void formationLinesAddUpToThePrintedTotals() {
        // lines 1530-1540: 10 functions, 'Totaal 9,50 1,80'
        assertThat(count("select count(*) from capacity_table ct join capacity_line cl on cl.capacity_table_id = ct.id"
                        + " where ct.position = 0 and ct.plan_id = " + PLAN))
                .isEqualTo(10);
        assertThat(count("select count(*) from capacity_table ct where ct.position = 0 and ct.plan_id = " + PLAN
                        + " and ct.printed_total_existing = (select sum(fte_existing) from capacity_line where capacity_table_id = ct.id)"
                        + " and ct.printed_total_added = (select sum(fte_added) from capacity_line where capacity_table_id = ct.id)"
                        + " and ct.printed_total_existing = 9.50 and ct.printed_total_added = 1.80"))
                .isEqualTo(1);

        // 'Motie Meer blauw op straat' (lines 1565-1588): no totals row; per group lines / existing / added,
        // e.g. Pandbrigade 1,00+1,00+1,00+1,00 existing and 1,00+1,00+0,67+1,00+0,67 added
        assertThat(strings("select cl.group_name || '|' || count(*) || '|' || coalesce(sum(cl.fte_existing), 0) || '|'"
                        + " || coalesce(sum(cl.fte_added), 0) from capacity_table ct join capacity_line cl on cl.capacity_table_id = ct.id"
                        + " where ct.title = 'Motie Meer blauw op straat' and ct.printed_total_existing is null and ct.plan_id = "
                        + PLAN
                        + " group by cl.group_name order by min(cl.position)"))
                .containsExactly(
                        "Capaciteit gemeente|8|17.78|0",
                        "Pandbrigade|7|4.00|4.34",
                        "Politie basisteam Rijswijk|4|141.00|0");
        assertThat(strings("select function_name || '|' || fte_existing from capacity_line where fte_existing = 72"
                        + " and capacity_table_id in (select id from capacity_table where plan_id = " + PLAN + ")"))
                .containsExactly("Formatie (totaal, waaronder…)|72.00");
    }

    // --- narrative ----------------------------------------------------------------------------------------

    @Test
    void narrativeSectionsFollowTheDocumentOrder() {
        assertThat(strings(
                        "select level || ' ' || coalesce(heading, '(no heading)') from narrative_section where plan_id = "
                                + PLAN + " order by position"))
                .containsExactly(
                        "1 1. Inleiding",
                        "2 Opzet uitvoeringsplan veiligheid",
                        "1 2. Zorg en Veiligheid en Femicide",
                        "3 Wie hebben we daarvoor nodig?",
                        "2 KPI’s",
                        "1 3. Ondermijning",
                        "3 Wie hebben we daarvoor nodig?",
                        "2 KPI’s",
                        "1 4. Jeugd en preventie",
                        "3 Wie hebben we daarvoor nodig?",
                        "3 Wie hebben we daarvoor nodig?",
                        "2 KPI’s",
                        "1 5. Maatschappelijke veiligheid",
                        "3 Wie hebben we daarvoor nodig?",
                        "2 KPI’s",
                        "1 6. Cybercrime en gedigitaliseerde criminaliteit",
                        "3 Wie hebben we daarvoor nodig?",
                        "2 KPI’s",
                        "1 7. Overige veiligheidsthema's",
                        "1 8. Financiën",
                        "1 9. Formatie en capaciteit",
                        "2 (no heading)",
                        "2 Motie Meer blauw op straat",
                        "1 10. Communicatie",
                        "3 Wie hebben we daarvoor nodig?",
                        "2 KPI's",
                        "1 11. Evaluatie");
    }

    @Test
    void proseIsStoredAsWholeParagraphsAndLists() {
        assertThat(paragraphs("Opzet uitvoeringsplan veiligheid"))
                .contains(
                        "Alle acties die in het Uitvoeringsplan staan vermeld worden uitgevoerd door Team OOV&B, tenzij anders aangegeven.");
        assertThat(paragraphs("3. Ondermijning"))
                .contains(
                        "Ten aanzien van de bedrijventerreinen is het doel om het toezicht te intensiveren. Naast knock & talk gesprekken zal er meer toezicht achter de voordeur van bedrijven plaatsvinden. Dit is in overeenstemming met de partners zoals politie en IPP.");
        assertThat(paragraphs("Motie Meer blauw op straat"))
                .containsExactly(
                        "De raad van de gemeente Rijswijk stelde bij de behandeling van het voorstel Strategisch Veiligheidsbeleid Rijswijk 2026-2030 op 16 december 2025 dat dit voorstel veel programma’s bevatte die capaciteit vergen voor onderzoek, bureauwerk en vergaderingen, maar nog te weinig inzicht gaf in de verhouding inzet op kantoor en zichtbaarheid in de buurt op straat. Om inzicht te geven in de capaciteit opgenomen van de uitvoering door gemeentelijke BOA’s, de pandbrigade en politie.");
        assertThat(paragraphs("11. Evaluatie"))
                .hasSize(2)
                .last()
                .isEqualTo(
                        "De uitvoeringsplannen zullen ook de komende jaren regelmatig worden geëvalueerd. Met deze evaluaties bewaken we de voortgang van de uitvoering van het veiligheidsbeleid in de gemeente Rijswijk. Ook wordt hiermee bepaald of de juiste aandacht wordt gegeven aan de verschillende veiligheidsthema’s. Indien noodzakelijk kunnen ambities, doelstellingen, maatregelen en activiteiten worden bijgesteld.");
        // chapter 7: one list item per printed bullet (9 bullets, lines 1391-1454), and the theme description
        assertThat(paragraphs("7. Overige veiligheidsthema's").get(1).lines().filter(l -> l.startsWith("- ")))
                .hasSize(9);
        assertThat(strings("select description from theme where name = 'Veilige Publieke Taak' and framework_id = "
                        + FRAMEWORK))
                .containsExactly(
                        "Werknemers met een publieke taak zijn vanwege hun directe contact met inwoners kwetsbaar voor agressie en geweld. Omdat zij worden gezien als een verlengstuk van de overheid, uiten inwoners die ontevreden zijn over de overheid hun ongenoegen en grieven vaak persoonlijk bij hen. Dit kan soms leiden tot verbale agressie. Dit grensoverschrijdende gedrag heeft een ondermijnend effect op de overheid en moet stevig aangepakt en zoveel mogelijk voorkomen worden. Het gaat ook om het aanpakken van partijen die een beroeps- of klachtenprocedure, als deze volledig is doorlopen en is afgerond, opnieuw opstarten om toch hun gelijk te halen of om gemeentelijke processen te frustreren.");
        // no extraction debris anywhere: narrow no-break spaces, bullets, double spaces
        assertThat(count(
                        "select count(*) from (select body t from narrative_section union all select title from activity"
                                + " union all select text from objective union all select name from kpi) x"
                                + " where t like '%' || chr(8239) || '%' or t like '%•%' or t like '%  %'"))
                .isZero();
    }
}
