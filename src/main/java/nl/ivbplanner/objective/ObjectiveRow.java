package nl.ivbplanner.objective;

import nl.ivbplanner.plan.ObjectiveOption;

/** An objective as listed: of this plan, or of the council's framework (read-only here). */
record ObjectiveRow(
        long id,
        boolean ofPlan,
        String number,
        String text,
        long themeId,
        String themeCode,
        String themeName,
        String parentCode,
        String parentName) {

    /** A sub-theme is shown with its main theme, as the documents do ('Zorg en veiligheid › Dealbreakers'). */
    public String themeLabel() {
        return themeLabel(" › ");
    }

    /** Short text for links and buttons that name this objective. */
    public String title() {
        return number == null ? text : number + " " + text;
    }

    /** The objective as a choice for an activity or KPI, its sub-theme labelled 'main theme – sub-theme'. */
    ObjectiveOption toOption() {
        return new ObjectiveOption(id, themeId, themeLabel(" – "), number, text);
    }

    private String themeLabel(String separator) {
        String theme = label(themeCode, themeName);
        return parentName == null ? theme : label(parentCode, parentName) + separator + theme;
    }

    private static String label(String code, String name) {
        return code == null ? name : code + ". " + name;
    }
}
