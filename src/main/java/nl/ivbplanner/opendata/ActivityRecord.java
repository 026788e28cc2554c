package nl.ivbplanner.opendata;

import static nl.ivbplanner.opendata.FieldType.INTEGER;
import static nl.ivbplanner.opendata.FieldType.STRING;

import java.util.List;
import java.util.stream.Stream;
import nl.ivbplanner.evaluation.EvaluationStatus;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.plan.PlanState;

/**
 * One record of {@code activiteiten}: an activity of a published plan with its organisations, each named once as the
 * plan page names it, and the public address of its plan.
 */
record ActivityRecord(ActivityRow row, List<ActivityOrganisation> organisations, String address) {

    static final List<Field<ActivityRecord>> FIELDS = List.of(
            Field.required("gemeente", STRING, r -> r.row.municipalityName()),
            Field.required("cbs_code", STRING, r -> r.row.cbsCode()),
            Field.required("kader", STRING, r -> r.row.frameworkSlug()),
            Field.required("kader_titel", STRING, r -> r.row.frameworkTitle()),
            Field.required("planjaar", INTEGER, r -> r.row.planYear()),
            Field.required("plan_titel", STRING, r -> r.row.planTitle()),
            Field.required("plan_status", STRING, (ActivityRecord r) -> r.row.planState())
                    .allowing(Stream.of(PlanState.VASTGESTELD, PlanState.GEEVALUEERD)
                            .map(PlanState::name)
                            .toList()),
            Field.required("activiteit_id", INTEGER, r -> r.row.id()),
            Field.of("hoofdthema", STRING, r -> r.row.mainTheme()),
            Field.required("thema", STRING, r -> r.row.theme()),
            Field.of("kernbeleid_veld", INTEGER, (ActivityRecord r) -> r.row.kernbeleidField())
                    .allowing(List.of(1, 2, 3, 4, 5)),
            Field.of("doelstelling_nummer", STRING, r -> r.row.objectiveNumber()),
            Field.of("doelstelling", STRING, r -> r.row.objectiveText()),
            Field.required("activiteit", STRING, r -> r.row.title()),
            Field.of("omschrijving", STRING, r -> r.row.description()),
            Field.of("doel", STRING, r -> r.row.goal()),
            Field.of("beoogd_resultaat", STRING, r -> r.row.intendedResult()),
            Field.of("eigenaar", STRING, r -> r.row.owner()),
            Field.of("trekker", STRING, r -> r.withRole("TREKKER")),
            Field.of("regie", STRING, r -> r.withRole("REGIE")),
            Field.of("partners", STRING, r -> r.names(r.organisations)),
            Field.of("planning", STRING, r -> r.row.planning()),
            Field.of("oordeel", STRING, (ActivityRecord r) -> r.row.status())
                    .allowing(Stream.of(EvaluationStatus.GREEN, EvaluationStatus.YELLOW, EvaluationStatus.RED)
                            .map(EvaluationStatus::name)
                            .toList()),
            Field.of("oordeel_label", STRING, r -> r.row.statusLabel()),
            Field.of("resultaat", STRING, r -> r.row.resultText()),
            Field.of("overgenomen_uit_jaar", INTEGER, r -> r.row.carriedOverFromYear()),
            Field.of("overgenomen_uit_activiteit_id", INTEGER, r -> r.row.carriedOverFromId()),
            Field.required("adres", STRING, r -> r.address));

    private List<String> withRole(String role) {
        return names(organisations.stream()
                .filter(organisation -> organisation.roles().contains(role))
                .toList());
    }

    /** The names as a list, which the CSV joins with "; "; none is an empty field, not an empty list. */
    private List<String> names(List<ActivityOrganisation> named) {
        return named.isEmpty()
                ? null
                : named.stream().map(ActivityOrganisation::name).toList();
    }
}
