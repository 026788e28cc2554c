package nl.ivbplanner.history;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.DutchDates;
import nl.ivbplanner.common.FieldProblem;

/**
 * The plan history's filter, from the address: who made the changes ({@code persoon}, a user name), from and until
 * which day ({@code van}, {@code tot}, typed dd-mm-jjjj, both days included) and which page. A date that is no date
 * is left out of the filter and told next to its field.
 */
public record PlanHistoryFilter(String persoon, String van, String tot, String pagina) {

    static final int MAX_PAGE = 100_000;

    public PlanHistoryFilter {
        persoon = blankToNull(persoon);
        van = blankToNull(van);
        tot = blankToNull(tot);
        pagina = blankToNull(pagina);
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (van != null && from().isEmpty()) {
            problems.add(new FieldProblem("van", "history.filter.date.invalid"));
        }
        if (tot != null && until().isEmpty()) {
            problems.add(new FieldProblem("tot", "history.filter.date.invalid"));
        }
        if (from().isPresent() && until().isPresent() && until().get().isBefore(from().get())) {
            problems.add(new FieldProblem("tot", "history.filter.date.before-from"));
        }
        return problems;
    }

    Optional<LocalDate> from() {
        return date(van);
    }

    Optional<LocalDate> until() {
        return date(tot);
    }

    /** The page asked for, from 1; anything else is the first page. */
    int page() {
        if (pagina == null || !pagina.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(pagina)));
    }

    /** Whether anything narrows the list. */
    public boolean narrows() {
        return persoon != null || van != null || tot != null;
    }

    /** The address of this filter's page {@code page} below the plan's history ({@code ?persoon=...&pagina=2}). */
    public String query(int page) {
        StringBuilder query = new StringBuilder();
        append(query, "persoon", persoon);
        append(query, "van", van);
        append(query, "tot", tot);
        append(query, "pagina", Integer.toString(page));
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Optional<LocalDate> date(String text) {
        return text == null || text.length() > 20 ? Optional.empty() : DutchDates.parse(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
