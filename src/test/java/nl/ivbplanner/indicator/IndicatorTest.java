package nl.ivbplanner.indicator;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import nl.ivbplanner.support.SqlStatementCounter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard indicators: the seeded KPIs that measure one are linked (docs/seed-derivations.md); the region shows
 * the linked KPIs of all municipalities per indicator, each value with its own unit and source, converted to per
 * 1.000 inwoners only where the municipality entered its inhabitants for that year; advisors link their own
 * municipality's KPIs, administrators enter inhabitants, and nobody else does either.
 */
@IvbIntegrationTest
@Transactional
class IndicatorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorComparisons comparisons;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entities;

    @Test
    void theSeededKpisThatMeasureAStandardIndicatorAreLinkedToIt() {
        List<String> links = jdbc.sql("""
                        select m.slug || ': ' || k.name || ' -> ' || i.code from kpi k
                        join indicator i on i.id = k.indicator_id
                        join policy_framework f on f.id = k.framework_id
                        join municipality m on m.id = f.municipality_id
                        order by m.slug, k.position""").query(String.class).list();

        assertThat(links)
                .hasSize(13)
                .contains(
                        "westland: woninginbraken (p/1.000 inwoners) -> woninginbraken",
                        "leidschendam-voorburg: Aantal woninginbraken -> woninginbraken",
                        "westland: incidenten jeugdoverlast (p/1.000 inwoners) -> jeugdoverlast",
                        "leidschendam-voorburg: Aantal meldingen jeugdoverlast -> jeugdoverlast",
                        "westland: rapportcijfer veiligheid van de buurt -> rapportcijfer-veiligheid-buurt");
        // the link is a reading of the source document: no change in the history
        assertThat(jdbc.sql(
                                "select count(*) from kpi_aud a join kpi k on k.id = a.id"
                                        + " where k.indicator_id is not null and a.indicator_id is distinct from k.indicator_id")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theLinkingAndInhabitantsPagesRunAFixedNumberOfStatementsWhateverTheNumberOfKpis() throws Exception {
        // Westland has eleven KPIs (its framework's), Rijswijk fifty (its 2026 plan's): the same statements
        int westland = counter.count(() -> html(get("/gemeenten/westland/indicatoren"), "beheerder"));
        int rijswijk = counter.count(() -> html(get("/gemeenten/rijswijk/indicatoren"), "beheerder"));
        assertThat(rijswijk).isEqualTo(westland);
        jdbc.sql(
                        "insert into municipality_inhabitants (municipality_id, year, inhabitants)"
                                + " select id, y, 100000 from municipality, generate_series(2000, 2025) as y where slug = 'westland'")
                .update();
        assertThat(counter.count(() -> html(get("/gemeenten/westland/inwoners"), "beheerder")))
                .isEqualTo(counter.count(() -> html(get("/gemeenten/rijswijk/inwoners"), "beheerder")));
    }

    @Test
    void aLinkedKpiNamesItsIndicatorOnItsFrameworksPage() throws Exception {
        String framework = jdbc.sql("select f.slug from kpi k join policy_framework f on f.id = k.framework_id"
                        + " where k.name = 'woninginbraken (p/1.000 inwoners)'")
                .query(String.class)
                .single();

        assertThat(text(get("/gemeenten/westland/kaders/" + framework), "raadslid.westland"))
                .contains(
                        "woninginbraken (p/1.000 inwoners) 5.1 b. Woninginbraak en andere high impact-delicten · bron:"
                                + " politie Standaardindicator: Woninginbraken per 1.000"
                                + " inwoners");
    }

    @Test
    void theRegionComparesWoninginbrakenOfWestlandAndLeidschendamVoorburgEachInItsOwnUnit() throws Exception {
        String region = text(get("/regio").param("jaar", "2025"), "raadslid.rijswijk");

        String woninginbraken = section(region, "Woninginbraken per 1.000 inwoners", "Geregistreerde misdrijven");
        assertThat(woninginbraken)
                .contains("Bron: Politie (geregistreerde criminaliteit) · eenheid: per 1.000 inwoners")
                .contains("Leidschendam-Voorburg Aantal woninginbraken Integraal veiligheidsbeleid 2020 – 2022 2018"
                        + " 181 woninginbraken per jaar")
                .contains("Westland woninginbraken (p/1.000 inwoners) Westlands Veiligheidsbeleid 2019-2022 2017"
                        + " 3,8 per 1.000 inwoners – politie")
                // nothing to convert with: no column of converted figures
                .doesNotContain("Per 1.000 inwoners Peildatum");
        // a year shows the measurements up to and including it
        assertThat(comparisons.ofRegion("Veiligheidsregio Haaglanden", 2015).stream()
                        .filter(c -> c.code().equals("woninginbraken"))
                        .flatMap(c -> c.values().stream())
                        .map(v -> v.municipalityName() + " " + v.year() + " " + v.shown()))
                .containsExactly("Leidschendam-Voorburg 2011 825 woninginbraken per jaar");
    }

    @Test
    void aYearlyCountIsConvertedOnlyForTheYearsWhoseInhabitantsWereEntered() throws Exception {
        mvc.perform(post("/gemeenten/leidschendam-voorburg/inwoners")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("jaar", "2018")
                        .param("inwoners", "75.000")
                        .param("bron", "CBS, 1 januari"))
                .andExpect(status().is3xxRedirection());
        entities.flush();

        String woninginbraken = section(
                text(get("/regio").param("jaar", "2025"), "raadslid.rijswijk"),
                "Woninginbraken per 1.000 inwoners",
                "Geregistreerde misdrijven");
        assertThat(woninginbraken)
                .contains("Waarde Per 1.000 inwoners Peildatum")
                // 181 × 1.000 / 75.000
                .contains(" 2018 181 woninginbraken per jaar 2,41 (bij 75.000 inwoners in 2018)")
                .contains(" 2017 274 woninginbraken per jaar niet omgerekend: aantal inwoners van dat jaar ontbreekt")
                // Westland's figure is per 1.000 inwoners already
                .contains(" 2017 3,8 per 1.000 inwoners – – politie");
        // the converted figure joins Westland's on one chart; the counts not converted get a chart of their own
        String html = html(get("/regio").param("jaar", "2025"), "raadslid.rijswijk");
        assertThat(html)
                .contains("aria-label=\"Woninginbraken per 1.000 inwoners per gemeente en jaar, in de eenheid van de"
                        + " indicator; de waarden staan in de tabel hieronder\"")
                .contains("aria-label=\"Woninginbraken per 1.000 inwoners: waarden in een eigen eenheid"
                        + " (woninginbraken per jaar), apart getekend");
        String firstChart = html.substring(html.indexOf("in de eenheid van de indicator; de waarden"));
        firstChart = firstChart.substring(0, firstChart.indexOf("</figure>"));
        assertThat(firstChart).contains(">2,41</text>", ">3,8</text>").doesNotContain(">274</text>");
        assertThat(text(get("/gemeenten/leidschendam-voorburg/inwoners"), "beheerder"))
                .contains("2018 75.000 CBS, 1 januari 2018 wijzigen");
    }

    @Test
    void badInhabitantsAreRefusedNextToTheirFieldWithTheInputKept() throws Exception {
        String page = html(
                post("/gemeenten/westland/inwoners")
                        .with(csrf())
                        .param("jaar", "218")
                        .param("inwoners", "75,5")
                        .param("bron", "CBS"),
                "beheerder");

        assertThat(page)
                .contains("id=\"jaar-fout\"", "id=\"inwoners-fout\"", "Vul een heel getal in, zoals 75.432 of 75432.")
                .contains("value=\"218\"", "value=\"75,5\"");
        assertThat(jdbc.sql("select count(*) from municipality_inhabitants")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/gemeenten/westland/inwoners")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("jaar", "2018")
                        .param("inwoners", "108 000"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(
                        post("/gemeenten/westland/inwoners")
                                .with(csrf())
                                .param("jaar", "2018")
                                .param("inwoners", "20.000.001"),
                        "beheerder"))
                .contains("Voor 2018 is al een aantal ingevoerd. Wijzig het in de tabel.")
                .contains("value=\"20.000.001\"");
        assertThat(html(
                        post("/gemeenten/westland/inwoners")
                                .with(csrf())
                                .param("jaar", "2019")
                                .param("inwoners", "99999999999999999999"),
                        "beheerder"))
                .contains("id=\"inwoners-fout\"", "Vul een aantal van 1 tot en met 20.000.000 in.")
                .contains("value=\"99999999999999999999\"");
    }

    @Test
    void aColleaguesCorrectionInBetweenIsShownAndNotOverwritten() throws Exception {
        jdbc.sql("insert into municipality_inhabitants (municipality_id, year, inhabitants)"
                        + " select id, 2019, 110000 from municipality where slug = 'westland'")
                .update();
        mvc.perform(post("/gemeenten/westland/inwoners/2019")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("inwoners", "111.000")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        entities.flush();

        String page = html(
                post("/gemeenten/westland/inwoners/2019")
                        .with(csrf())
                        .param("inwoners", "112.000")
                        .param("version", "0"),
                "beheerder");

        assertThat(PageText.of(page)).contains("Intussen opgeslagen door een collega Aantal inwoners 111.000");
        assertThat(page).contains("value=\"112.000\"");
        assertThat(jdbc.sql("select inhabitants from municipality_inhabitants where year = 2019")
                        .query(Integer.class)
                        .single())
                .isEqualTo(111_000);
        // removing what a colleague changed since is refused too: back to the form with what is stored
        mvc.perform(post("/gemeenten/westland/inwoners/2019/verwijderen")
                        .with(as(jdbc, "beheerder"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/gemeenten/westland/inwoners/2019"));
        assertThat(jdbc.sql("select count(*) from municipality_inhabitants where year = 2019")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void onlyAdministratorsEnterInhabitantsAndOnlyTheirOwnMunicipalitysStaffLinksItsKpis() throws Exception {
        for (String user : List.of("adviseur.westland", "manager.westland", "raadslid.westland")) {
            mvc.perform(get("/gemeenten/westland/inwoners").with(as(jdbc, user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/gemeenten/westland/indicatoren").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gemeenten/westland/indicatoren").with(as(jdbc, "raadslid.westland")))
                .andExpect(status().isForbidden());
        long westlandKpi = kpi("westland", "rapportcijfer leefbaarheid van de buurt");
        // Westland's KPI through Wassenaar's address: not Wassenaar's to link
        mvc.perform(link("adviseur.wassenaar", "wassenaar", westlandKpi, "", version(westlandKpi)))
                .andExpect(status().isNotFound());
        assertThat(indicatorOf(westlandKpi)).isEqualTo("rapportcijfer-leefbaarheid-buurt");
    }

    @Test
    void anAdvisorLinksAKpiOfTheirMunicipalityAndTheRegionShowsItBesideTheOthers() throws Exception {
        long kpi = kpi("leidschendam-voorburg", "Aantal overlastmeldingen van personen met verward gedrag");
        mvc.perform(link(
                        "adviseur.leidschendam-voorburg",
                        "leidschendam-voorburg",
                        kpi,
                        "high-impact-crimes",
                        version(kpi)))
                .andExpect(status().is3xxRedirection());
        entities.flush();

        assertThat(indicatorOf(kpi)).isEqualTo("high-impact-crimes");
        assertThat(section(
                        text(get("/regio").param("jaar", "alle"), "raadslid.westland"),
                        "High Impact Crimes per 1.000 inwoners",
                        "Geregistreerde misdrijven"))
                .contains("Leidschendam-Voorburg Aantal overlastmeldingen van personen met verward gedrag")
                .contains(" 2018 443 meldingen per jaar");
    }

    @Test
    void aLinkOnAStalePageIsRefusedWithTheColleaguesLinkShown() throws Exception {
        long kpi = kpi("westland", "auto-inbraak (p/1.000 inwoners)");
        long seen = version(kpi);
        mvc.perform(link("manager.westland", "westland", kpi, "", seen)).andExpect(status().is3xxRedirection());
        entities.flush();

        String page = html(link("adviseur.westland", "westland", kpi, "woninginbraken", seen), null);

        assertThat(page)
                .contains("Een collega heeft deze KPI intussen gewijzigd.")
                .contains("id=\"indicator-fout-" + kpi + "\"");
        assertThat(indicatorOf(kpi)).isNull();
        mvc.perform(link("adviseur.westland", "westland", kpi, "geen-indicator", version(kpi)))
                .andExpect(status().isOk());
        assertThat(indicatorOf(kpi)).isNull();
    }

    @Test
    void theRegionWorkbookHasTheIndicatorsWithTypedNumbers() throws Exception {
        byte[] body = mvc.perform(get("/regio.xlsx").param("jaar", "alle").with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheet("Vergelijkbare indicatoren");
            assertThat(sheet).isNotNull();
            List<String> rows = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(String.join("|", cells));
            }
            assertThat(rows)
                    .anyMatch(r -> r.startsWith(
                                    "Woninginbraken per 1.000 inwoners|Leidschendam-Voorburg|Aantal woninginbraken|")
                            && r.contains("|2018|181.00|woninginbraken per jaar|"));
            assertThat(sheet.getRow(1).getCell(5).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder link(
            String user, String municipality, long kpi, String indicator, long version) {
        return post("/gemeenten/{m}/indicatoren/{k}", municipality, kpi)
                .with(as(jdbc, user))
                .with(csrf())
                .param("indicator", indicator)
                .param("version", String.valueOf(version));
    }

    private long kpi(String municipality, String name) {
        return jdbc.sql("""
                        select k.id from kpi k join policy_framework f on f.id = k.framework_id
                        join municipality m on m.id = f.municipality_id where m.slug = ? and k.name = ?""").params(municipality, name).query(Long.class).single();
    }

    private long version(long kpi) {
        return jdbc.sql("select version from kpi where id = ?")
                .param(kpi)
                .query(Long.class)
                .single();
    }

    private String indicatorOf(long kpi) {
        return jdbc.sql("select i.code from kpi k left join indicator i on i.id = k.indicator_id where k.id = ?")
                .param(kpi)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String text(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
            throws Exception {
        return PageText.of(html(request, user));
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
            throws Exception {
        if (user != null) {
            request.with(as(jdbc, user));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page's text from the indicator's heading to the next one named. */
    private static String section(String text, String heading, String next) {
        int start = text.indexOf(heading + " Bron:");
        assertThat(start).as(heading).isNotNegative();
        int end = text.indexOf(next, start + heading.length());
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }
}
