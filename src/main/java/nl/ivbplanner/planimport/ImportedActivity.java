package nl.ivbplanner.planimport;

import java.util.List;

/**
 * One activity row as the file has it, texts verbatim (trimmed, empty as null). {@code id} is the workbook's
 * "Kenmerk" column (the activity's id when the app exported it; null for a new row and for every Word row).
 * {@code theme} and {@code subTheme} are the texts as written ('A. Drugshandel', 'Drugshandel'), matched against the
 * framework's themes when compared; {@code partners} one entry per organisation as written, a role in brackets
 * allowed ('Politie (trekker, regie)'); {@code status} the document's status column if it has one, not imported into
 * a concept plan but shown in the preview.
 */
record ImportedActivity(
        Long id,
        SourcePlace place,
        String theme,
        String subTheme,
        String objective,
        String title,
        String description,
        String goal,
        List<String> partners,
        String intendedResult,
        String planning,
        String status) {}
