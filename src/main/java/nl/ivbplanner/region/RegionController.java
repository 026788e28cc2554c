package nl.ivbplanner.region;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.ivbplanner.web.RenderedFragments;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region view of the municipalities and the shared partners; the security chain requires a signed-in user. Both
 * pages grow with the number of municipalities (236 kB of HTML with 400) and are the same for every reader: their
 * content is rendered once per database version and language ({@link RenderedFragments}), the layout around it
 * (user's name, log-out form) on every request.
 */
@Controller
class RegionController {

    private static final String REGION_CONTENT = "region/region-content :: content";
    private static final String PARTNER_CONTENT = "region/partner-content :: content";

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegionService regions;
    private final RenderedFragments fragments;
    private final MessageSource messages;

    RegionController(RegionService regions, RenderedFragments fragments, MessageSource messages) {
        this.regions = regions;
        this.fragments = fragments;
        this.messages = messages;
    }

    /** The region in a year ({@code ?jaar=2025}), every year ({@code ?jaar=alle}), or the newest year with a plan. */
    @GetMapping("/regio")
    String region(
            @RequestParam(name = "jaar", required = false) String requestedYear,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        String version = regions.version(); // before the data is read: see RenderedFragments
        RegionYears years = regions.years(version);
        Integer year = years.chosen(requestedYear);
        model.addAttribute("years", years);
        model.addAttribute("view", regions.regionView(version, year));
        model.addAttribute(
                "regionContent",
                fragments.kept(
                        version,
                        REGION_CONTENT,
                        year == null ? RegionYears.ALL : year,
                        locale,
                        model::asMap,
                        request,
                        response));
        return "region/region";
    }

    /** The region view of the same year as a workbook: {@code /regio.xlsx?jaar=2025}. */
    @GetMapping("/regio.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam(name = "jaar", required = false) String requestedYear, Locale locale) {
        String version = regions.version();
        Integer year = regions.years(version).chosen(requestedYear);
        String name = messages.getMessage("region.export.file-name", null, locale) + " "
                + (year == null ? messages.getMessage("region.year.all.link", null, locale) : year) + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(new RegionWorkbook(regions.regionView(version, year), messages, locale).toBytes());
    }

    @GetMapping("/regio/partners/{key}")
    String partner(
            @PathVariable String key,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        String version = regions.version();
        model.addAttribute("view", regions.partnerView(version, key));
        model.addAttribute(
                "regionContent",
                fragments.kept(version, PARTNER_CONTENT, key, locale, model::asMap, request, response));
        return "region/partner";
    }
}
