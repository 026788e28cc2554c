package nl.ivbplanner.budget;

import java.util.List;

/** Addresses and page models the budget and formation editors share. */
final class PlanParts {

    static final String PLAN = "/gemeenten/{municipality}/kaders/{framework}/plannen/{year}";

    private PlanParts() {
    }

    static String planUrl(String municipality, String framework, int year) {
        return "/gemeenten/" + municipality + "/kaders/" + framework + "/plannen/" + year;
    }

    /** A plan's tables of one kind, for its editing page. */
    record TablesPage<T>(String planTitle, List<T> tables) {
    }

    /** What the table forms need; {@code lineCount} tells the delete page what goes with the table. */
    record TableContext(String planTitle, TableForm stored, int lineCount) {
    }
}
