package nl.ivbplanner.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.common.DutchNumbers.InvalidNumberException;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;

/** What the formation line form sends, as typed; fte the Dutch way ({@code 0,5}, {@code 1,80}). */
record CapacityLineForm(
        @Size(max = 200, message = "{form.too-long}") String groep,
        @NotBlank(message = "{capacity.line.function.required}") @Size(max = 300, message = "{form.too-long}") String functie,
        @Size(max = 20, message = "{form.too-long}") String fteBestaand,
        @Size(max = 20, message = "{form.too-long}") String fteExtra,
        @Size(max = 10000, message = "{form.too-long}") String opmerking,
        @Pattern(regexp = "|MUNICIPALITY|POLICE|OTHER", message = "{capacity.line.organisation.unknown}") String organisatie,
        @Pattern(regexp = "\\d{0,18}", message = "{capacity.line.part-of.unknown}") String onderdeelVan,
        Long version) {

    // numeric(8, 2), at least zero
    private static final DutchNumbers.Limits FTE = new DutchNumbers.Limits(false, new BigDecimal("999999.99"));

    static final CapacityLineForm NEW = new CapacityLineForm("", "", "", "", "", CapacityOrganisation.MUNICIPALITY.name(),
            "", null);

    static CapacityLineForm of(CapacityLine line) {
        return new CapacityLineForm(line.getGroupName(), line.getFunctionName(),
                DutchNumbers.formatTwoDecimals(line.getFteExisting()),
                DutchNumbers.formatTwoDecimals(line.getFteAdded()),
                line.getRemark(), line.getOrganisation().name(),
                line.getPartOfId() == null ? "" : line.getPartOfId().toString(), line.getVersion());
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        fte("fteBestaand", fteBestaand, problems);
        fte("fteExtra", fteExtra, problems);
        return problems;
    }

    /** The content to store; refused with the problems if there are any. Call after the annotations passed. */
    CapacityLineContent toContent() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal existing = fte("fteBestaand", fteBestaand, problems);
        BigDecimal added = fte("fteExtra", fteExtra, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        return new CapacityLineContent(text(groep), functie.strip(), existing, added, text(opmerking),
                organisation(), partOfId());
    }

    /** Forms sent before the organisation was asked, and a blank choice, count the municipality's own staff. */
    private CapacityOrganisation organisation() {
        return organisatie == null || organisatie.isBlank() ? CapacityOrganisation.MUNICIPALITY
                : CapacityOrganisation.valueOf(organisatie);
    }

    Long partOfId() {
        return onderdeelVan == null || onderdeelVan.isBlank() ? null : Long.valueOf(onderdeelVan.strip());
    }

    private static BigDecimal fte(String field, String typed, List<FieldProblem> problems) {
        try {
            return DutchNumbers.parse(typed, FTE);
        } catch (InvalidNumberException invalid) {
            problems.add(new FieldProblem(field, invalid.problem() == DutchNumbers.Problem.NOT_A_NUMBER
                    ? "capacity.line.fte.not-a-number" : invalid.problem().messageKey()));
            return null;
        }
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
