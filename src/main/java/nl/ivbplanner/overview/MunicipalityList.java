package nl.ivbplanner.overview;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.ivbplanner.municipality.Municipality;

/**
 * The home page's list: of the municipalities the user may open ({@code total}), those that match the search
 * ({@code shown}), and, when they are {@code many}, the shown ones grouped per safety region in the regions' order.
 */
record MunicipalityList(String search, int total, List<Municipality> shown, boolean many) {

    /** Longer searches are cut off: no name, CBS code or safety region is this long. */
    static final int MAX_SEARCH = 100;

    /** The search as it is matched and shown: without surrounding spaces, at most {@link #MAX_SEARCH} characters. */
    static String searchOf(String search) {
        String words = search == null ? "" : search.strip();
        return words.length() > MAX_SEARCH ? words.substring(0, MAX_SEARCH) : words;
    }

    static MunicipalityList of(List<Municipality> visible, String search) {
        String words = searchOf(search);
        String folded = fold(words);
        List<Municipality> shown = folded.isEmpty()
                ? visible
                : visible.stream()
                        .filter(m -> fold(m.getName()).contains(folded)
                                || fold(m.getCbsCode()).contains(folded)
                                || fold(m.getSafetyRegion()).contains(folded))
                        .toList();
        return new MunicipalityList(words, visible.size(), shown, visible.size() > OverviewService.MANY);
    }

    /** The shown municipalities per safety region, regions and municipalities by name. */
    Map<String, List<Municipality>> groups() {
        return shown.stream()
                .collect(Collectors.groupingBy(Municipality::getSafetyRegion, TreeMap::new, Collectors.toList()));
    }

    /** What the template renders: plain names, so the template reads as the page. */
    Map<String, Object> model() {
        return Map.of(
                "zoek",
                search,
                "total",
                total,
                "shown",
                shown,
                "many",
                many,
                "groups",
                groups(),
                "maxSearch",
                MAX_SEARCH);
    }

    /** Case and accents left out, so that 'sudwest' finds Súdwest-Fryslân. */
    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
