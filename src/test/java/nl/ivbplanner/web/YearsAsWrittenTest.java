package nl.ivbplanner.web;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A year is never written as a number with a thousands separator ('Begroting per thema (2.027)'). */
@IvbIntegrationTest
class YearsAsWrittenTest {

    /** 2.026 or 2,026 where a year belongs; an amount such as € 2.025.000 or 2.025,50 is no year. */
    private static final Pattern GROUPED_YEAR = Pattern.compile("(?<![€\\d.,]\\s?)\\b(19|20)[.,]\\d{2}\\b(?![.,]?\\d)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardNamesItsYearAsWritten() throws Exception {
        String page = mvc.perform(get("/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/dashboard")
                        .with(as(jdbc, "manager.rijswijk")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Begroting per thema (2026)").doesNotContain("2.026");
    }

    @Test
    void noPageOfTheSeededDocumentsWritesAYearWithASeparatorInEitherLanguage() throws Exception {
        List<String> urls = new ArrayList<>();
        for (Map<String, Object> framework : jdbc.sql("""
                select m.slug as municipality, f.slug as framework, p.year from policy_framework f
                join municipality m on m.id = f.municipality_id left join execution_plan p on p.framework_id = f.id""").query().listOfRows()) {
            String municipality = "/gemeenten/" + framework.get("municipality");
            String base = municipality + "/kaders/" + framework.get("framework");
            urls.addAll(List.of(municipality, base, base + "/rapport", base + "/dashboard"));
            if (framework.get("year") != null) {
                String plan = base + "/plannen/" + framework.get("year");
                urls.addAll(List.of(plan, plan + "/rapport", base + "/dashboard?jaar=" + framework.get("year")));
            }
        }
        List<String> found = new ArrayList<>();
        for (String url : urls.stream().distinct().toList()) {
            String user = "manager." + url.split("/")[2];
            for (String language : List.of("nl", "en")) {
                String page = mvc.perform(get(url).cookie(new Cookie("ivb-taal", language))
                                .with(as(jdbc, user)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                Matcher year = GROUPED_YEAR.matcher(PageText.of(page));
                while (year.find()) {
                    found.add(url + " (" + language + "): " + year.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
