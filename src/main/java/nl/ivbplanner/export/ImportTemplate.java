package nl.ivbplanner.export;

import java.util.List;
import nl.ivbplanner.framework.ThemeOption;
import nl.ivbplanner.plan.ObjectiveOption;
import nl.ivbplanner.plan.PlanHeader;

/** What the blank import workbook of a plan offers: its framework's themes and the objectives it may answer to. */
record ImportTemplate(PlanHeader header, List<ThemeOption> themes, List<ObjectiveOption> objectives) {

    /** A theme as the export writes it and the import reads it: 'A. Drugshandel', or the name alone. */
    static String label(ThemeOption theme) {
        return theme.code() == null ? theme.name() : theme.code() + ". " + theme.name();
    }

    List<ThemeOption> mainThemes() {
        return themes.stream().filter(t -> t.parentId() == null).toList();
    }

    List<ThemeOption> subThemes() {
        return themes.stream().filter(t -> t.parentId() != null).toList();
    }

    /** The label of a sub-theme's main theme. */
    String parentLabel(ThemeOption subTheme) {
        return themes.stream()
                .filter(t -> t.id().equals(subTheme.parentId()))
                .map(ImportTemplate::label)
                .findFirst()
                .orElse(null);
    }
}
