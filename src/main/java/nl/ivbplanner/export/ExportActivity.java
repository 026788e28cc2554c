package nl.ivbplanner.export;

/**
 * One activity as the plan page lists it; the status is already the municipality's legend label, the objective is
 * its number and text ('Wat willen we bereiken?'), the partners each organisation once with its leading roles.
 */
record ExportActivity(
        long id,
        String mainTheme,
        String subTheme,
        String objective,
        String title,
        String description,
        String goal,
        String partners,
        String intendedResult,
        String planning,
        String statusLabel,
        String resultText) {

    ExportActivity withPartners(String names) {
        return new ExportActivity(
                id,
                mainTheme,
                subTheme,
                objective,
                title,
                description,
                goal,
                names,
                intendedResult,
                planning,
                statusLabel,
                resultText);
    }
}
