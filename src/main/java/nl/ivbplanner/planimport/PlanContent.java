package nl.ivbplanner.planimport;

import java.util.List;
import nl.ivbplanner.partner.PartnerMention;

/** A concept plan as an import compares with it, and the themes, objectives and organisations a file may name. */
record PlanContent(
        List<Theme> themes,
        List<Objective> objectives,
        List<Activity> activities,
        List<PartnerMention> partnerMentions,
        List<PartnerName> partnerNames,
        List<Section> sections) {

    record Theme(long id, Long parentId, String code, String name) {

        /** As the export writes it: 'A. Drugshandel', or the name alone without a code. */
        String shown() {
            return code == null || code.isBlank() ? name : code + ". " + name;
        }
    }

    record Objective(long id, long themeId, String number, String text) {

        String shown() {
            return number == null || number.isBlank() ? text : number + ". " + text;
        }
    }

    record Activity(
            long id,
            long themeId,
            Long objectiveId,
            String title,
            String description,
            String goal,
            String intendedResult,
            String planning) {}

    record PartnerName(long partnerId, String name, String wording) {}

    /** A narrative section of the plan. */
    record Section(long id, String heading, String body) {}
}
