package nl.ivbplanner.opendata;

/**
 * An activity of a published plan as its open data record reads it, without its organisations. The verdict is the
 * year-end one of an evaluated plan only, with its label in the municipality's legend.
 */
record ActivityRow(
        String municipalityName,
        String cbsCode,
        String frameworkSlug,
        String frameworkTitle,
        int planYear,
        String planTitle,
        String planState,
        long id,
        String mainTheme,
        String theme,
        Integer kernbeleidField,
        String objectiveNumber,
        String objectiveText,
        String title,
        String description,
        String goal,
        String intendedResult,
        String owner,
        String planning,
        String status,
        String statusLabel,
        String resultText,
        Integer carriedOverFromYear,
        Long carriedOverFromId) {}
