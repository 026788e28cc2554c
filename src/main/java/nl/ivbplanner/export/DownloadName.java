package nl.ivbplanner.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import nl.ivbplanner.plan.PlanHeader;
import org.springframework.web.util.UriUtils;

/**
 * A download's file name, e.g. 'Wassenaar - Uitvoeringsplan Integraal Veiligheidsbeleid 2025.xlsx', sent both as
 * UTF-8 (filename*, which browsers prefer) and as plain ASCII for clients that read only filename.
 */
record DownloadName(String name) {

    /** The year is added only when the plan's title does not already carry it. */
    static DownloadName of(PlanHeader plan, String extension) {
        return of(plan, null, extension);
    }

    /** With a word before the plan's title: 'Wassenaar - Importsjabloon Uitvoeringsplan ... 2026.xlsx'. */
    static DownloadName of(PlanHeader plan, String prefix, String extension) {
        String year = String.valueOf(plan.year());
        String title = plan.title().contains(year) ? plan.title() : plan.title() + " " + year;
        String named = prefix == null ? title : prefix + " " + title;
        // characters that Windows or macOS refuse in file names
        String safe = (plan.municipalityName() + " - " + named).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return new DownloadName(safe + "." + extension);
    }

    String contentDisposition() {
        return "attachment; filename=\"" + ascii() + "\"; filename*=UTF-8''"
                + UriUtils.encode(name, StandardCharsets.UTF_8);
    }

    /** 'ë' becomes 'e'; what has no ASCII letter underneath becomes '_'. */
    private String ascii() {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_");
    }
}
