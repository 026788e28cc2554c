package nl.ivbplanner.planview;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;
import nl.ivbplanner.evaluation.EvaluationStatus;
import org.springframework.util.StringUtils;

/**
 * The plan page's filter, bound from the query string so a filtered view has its own URL:
 * {@code ?thema=12&partner=3&status=YELLOW&zoek=jongeren}. Every field binds as text, so a wrong value never
 * loses the others: validation marks it next to its field, and the typed accessors ignore it.
 */
record PlanFilter(
        @Pattern(regexp = PlanFilter.ID) String thema,
        @Pattern(regexp = PlanFilter.ID) String partner,
        @Pattern(regexp = PlanFilter.STATUS) String status,
        @Size(max = 200) String zoek) {

    static final String ID = "\\d{1,18}";
    static final String STATUS = "GREEN|YELLOW|RED|NOT_EVALUATED";

    static final PlanFilter NONE = new PlanFilter(null, null, null, null);

    private static final java.util.regex.Pattern WORD_SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final int PREFIX_FROM = 3;

    Long themeId() {
        return id(thema);
    }

    Long partnerId() {
        return id(partner);
    }

    EvaluationStatus statusValue() {
        return status != null && status.matches(STATUS) ? EvaluationStatus.valueOf(status) : null;
    }

    private static Long id(String value) {
        return value != null && value.matches(ID) ? Long.valueOf(value) : null;
    }

    /**
     * The free text as a PostgreSQL tsquery that every word must match, each word also as the start of a longer one,
     * so that Dutch compounds and plurals are found: 'drugs' finds 'drugshandel' and 'drugsoverlast', 'fatbike' finds
     * 'fatbikes'. Only letters and digits reach the query; everything else (quotes, &amp;, |, !, :, *, parentheses)
     * separates words, so no input can be read as tsquery syntax. Words of one or two characters match only whole
     * words ('t', 's-Gravenhage'). Null when there is no word to look for.
     */
    String searchQuery() {
        if (!StringUtils.hasText(zoek) || zoek.length() > 200) {
            return null;
        }
        String query = WORD_SEPARATORS
                .splitAsStream(zoek.strip())
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() < PREFIX_FROM ? word : word + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }

    public boolean active() {
        return themeId() != null || partnerId() != null || statusValue() != null || searchQuery() != null;
    }

    public boolean selects(String field, Object value) {
        String current = switch (field) {
            case "thema" -> thema;
            case "partner" -> partner;
            default -> status;
        };
        return current != null && current.equals(String.valueOf(value));
    }
}
