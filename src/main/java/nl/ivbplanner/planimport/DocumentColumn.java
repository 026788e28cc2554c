package nl.ivbplanner.planimport;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of an activity table in a Word plan, recognised by their header's wording. Municipalities word them
 * differently ('Activiteit', 'Actie', 'Wat gaan we doen?'; 'Partijen', 'Samenwerkingspartners', 'Trekker'), so a
 * header matches when its first words, case, accents and punctuation folded, are one of the wordings below: 'Planning
 * (kwartaal)' is Planning, while 'Doelgroep' is not Doel (whole words only). Longer wordings are tried first, so
 * 'Beoogd resultaat' is not taken for a shorter one.
 */
enum DocumentColumn {
    TITLE(
            "activiteit",
            "activiteiten",
            "actie",
            "acties",
            "project",
            "projecten",
            "maatregel",
            "maatregelen",
            "wat gaan we doen"),
    DESCRIPTION("omschrijving", "toelichting", "beschrijving"),
    GOAL("doel", "doelen", "doelstelling", "doelstellingen"),
    PARTNERS(
            "partijen",
            "partners",
            "samenwerkingspartners",
            "betrokken partijen",
            "betrokken partners",
            "trekker",
            "trekkers"),
    INTENDED_RESULT("beoogd resultaat", "beoogde resultaten", "beoogd effect", "resultaat", "resultaten"),
    PLANNING("planning", "wanneer", "termijn", "periode"),
    STATUS("status", "stand van zaken");

    private final List<List<String>> wordings;

    DocumentColumn(String... wordings) {
        this.wordings = Arrays.stream(wordings).map(DocumentColumn::words).toList();
    }

    /** The column a header names, or null for a header this reader does not know (an extra column, ignored). */
    static DocumentColumn of(String header) {
        if (header == null) {
            return null;
        }
        List<String> words = words(header);
        DocumentColumn best = null;
        int bestLength = 0;
        for (DocumentColumn column : values()) {
            for (List<String> wording : column.wordings) {
                if (wording.size() > bestLength
                        && words.size() >= wording.size()
                        && words.subList(0, wording.size()).equals(wording)) {
                    best = column;
                    bestLength = wording.size();
                }
            }
        }
        return best;
    }

    /** Lower case, accents and punctuation removed, split on white space. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
