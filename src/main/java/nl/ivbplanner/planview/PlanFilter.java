package nl.ivbplanner.planview;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ivbplanner.evaluation.EvaluationStatus;
import org.springframework.util.StringUtils;

/**
 * The plan page's filter, bound from the query string so a filtered view has its own URL:
 * {@code ?thema=12&partner=3&status=YELLOW&zoek=jongeren}. Every field binds as text, so a wrong value never
 * loses the others: validation marks it next to its field, and the typed accessors ignore it.
 */
record PlanFilter(@Pattern(regexp = PlanFilter.ID) String thema, @Pattern(regexp = PlanFilter.ID) String partner,
        @Pattern(regexp = PlanFilter.STATUS) String status, @Size(max = 200) String zoek) {

    static final String ID = "\\d{1,18}";
    static final String STATUS = "GREEN|YELLOW|RED|NOT_EVALUATED";

    static final PlanFilter NONE = new PlanFilter(null, null, null, null);

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

    String searchText() {
        return StringUtils.hasText(zoek) && zoek.length() <= 200 ? zoek.strip() : null;
    }

    public boolean active() {
        return themeId() != null || partnerId() != null || statusValue() != null || searchText() != null;
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
