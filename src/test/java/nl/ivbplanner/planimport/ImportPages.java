package nl.ivbplanner.planimport;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A plan's export and import pages as one user goes through them: download, upload, preview, confirm. */
record ImportPages(MockMvc mvc, JdbcClient jdbc, String plan, String user) {

    byte[] export() throws Exception {
        return mvc.perform(get(plan + "/export.xlsx").with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Uploads the file and returns the preview page it leads to. */
    String preview(byte[] file, String fileName) throws Exception {
        String location = mvc.perform(multipart(plan + "/import")
                        .file(new MockMultipartFile("bestand", fileName, null, file))
                        .with(csrf())
                        .with(as(jdbc, user)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return mvc.perform(get(location).with(as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Confirms the preview with its fingerprint, ticking {@code ticked} in the form field {@code field}. */
    MvcResult confirm(String preview, String field, List<Long> ticked) throws Exception {
        var request = post(plan + "/import/" + group(preview, "action=\"[^\"]*/import/(\\d+)\""))
                .param("vingerafdruk", group(preview, "name=\"vingerafdruk\" value=\"([0-9a-f]{64})\""))
                .with(csrf())
                .with(as(jdbc, user));
        ticked.forEach(id -> request.param(field, id.toString()));
        return mvc.perform(request).andReturn();
    }

    MvcResult confirm(String preview) throws Exception {
        return confirm(preview, "verwijderen", List.of());
    }

    private static String group(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group(1);
    }
}
