package nl.ivbplanner.planimport;

import java.util.List;

/**
 * What a reader found in an uploaded workbook or document, before it is compared with the plan: the activities in
 * file order, the narrative chapters (Word only) and every problem with its place. Nothing here has touched the
 * database; a problem does not stop the reading of the rest, so the preview can list them all at once.
 */
record ImportedPlan(List<ImportedActivity> activities, List<ImportedSection> sections, List<ImportProblem> problems) {

    boolean hasProblems() {
        return !problems.isEmpty();
    }
}
