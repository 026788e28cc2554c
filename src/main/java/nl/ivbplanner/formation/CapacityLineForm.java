package nl.ivbplanner.formation;

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
import nl.ivbplanner.plantables.LineForm;

/** What the formation line form sends, as typed; fte the Dutch way ({@code 0,5}, {@code 1,80}). */
record CapacityLineForm(
        @Size(max = 200, message = "{form.too-long}") String groep,

        @NotBlank(message = "{capacity.line.function.required}") @Size(max = 300, message = "{form.too-long}")
        String functie,

        @Size(max = 20, message = "{form.too-long}") String fteBestaand,
        @Size(max = 20, message = "{form.too-long}") String fteExtra,
        @Size(max = 10000, message = "{form.too-long}") String opmerking,

        @Pattern(regexp = "|MUNICIPALITY|POLICE|OTHER", message = "{capacity.line.organisation.unknown}")
        String organisatie,

        @Pattern(regexp = "\\d{0,18}", message = "{capacity.line.part-of.unknown}")
        String onderdeelVan,

        String fteBevestigd,
        Long version)
        implements LineForm {

    // numeric(8, 2), at least zero
    private static final DutchNumbers.Limits FTE = new DutchNumbers.Limits(false, new BigDecimal("999999.99"));

    /** More fte than this on one line is rare enough that the user confirms it. */
    static final BigDecimal PLAUSIBLE_MAX_FTE = new BigDecimal("100");

    static final CapacityLineForm NEW =
            new CapacityLineForm("", "", "", "", "", CapacityOrganisation.MUNICIPALITY.name(), "", null, null);

    static CapacityLineForm of(CapacityLine line) {
        return new CapacityLineForm(
                line.getGroupName(),
                line.getFunctionName(),
                DutchNumbers.formatTwoDecimals(line.getFteExisting()),
                DutchNumbers.formatTwoDecimals(line.getFteAdded()),
                line.getRemark(),
                line.getOrganisation().name(),
                line.getPartOfId() == null ? "" : line.getPartOfId().toString(),
                null,
                line.getVersion());
    }

    /** {@code stored} is the line as stored (or {@link #NEW}), whose figures were confirmed before. */
    List<FieldProblem> problems(CapacityLineForm stored) {
        List<FieldProblem> problems = new ArrayList<>();
        check(stored, problems);
        return problems;
    }

    /** The content to store; refused with the problems if there are any. Call after the annotations passed. */
    CapacityLineContent toContent(CapacityLineForm stored) {
        List<FieldProblem> problems = new ArrayList<>();
        Figures fte = check(stored, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        return new CapacityLineContent(
                text(groep), functie.strip(), fte.existing(), fte.added(), text(opmerking), organisation(), partOfId());
    }

    @Override
    public String label() {
        return functie;
    }

    /** Forms sent before the organisation was asked, and a blank choice, count the municipality's own staff. */
    CapacityOrganisation organisation() {
        return organisatie == null || organisatie.isBlank()
                ? CapacityOrganisation.MUNICIPALITY
                : CapacityOrganisation.valueOf(organisatie);
    }

    Long partOfId() {
        return onderdeelVan == null || onderdeelVan.isBlank() ? null : Long.valueOf(onderdeelVan.strip());
    }

    private Figures check(CapacityLineForm stored, List<FieldProblem> problems) {
        BigDecimal existing = fte("fteBestaand", fteBestaand, problems);
        BigDecimal added = fte("fteExtra", fteExtra, problems);
        questionIfImplausible("fteBestaand", existing, stored.fteBestaand, problems);
        questionIfImplausible("fteExtra", added, stored.fteExtra, problems);
        return new Figures(existing, added);
    }

    /** Above the bound, a figure is saved once confirmed, or when it is the figure already stored. */
    private void questionIfImplausible(String field, BigDecimal fte, String stored, List<FieldProblem> problems) {
        if (implausible(fte) && !confirmed() && !sameNumber(fte, stored)) {
            problems.add(new FieldProblem(field, "capacity.line.fte.implausible"));
        }
    }

    /** Whether a figure typed is above the plausible bound, so that the form asks to confirm it. */
    public boolean fteAboveBound() {
        return implausible(parsed(fteBestaand)) || implausible(parsed(fteExtra));
    }

    /** 'Ja, dit aantal fte klopt' is ticked. */
    public boolean confirmed() {
        return "ja".equals(fteBevestigd);
    }

    private static boolean implausible(BigDecimal fte) {
        return fte != null && fte.compareTo(PLAUSIBLE_MAX_FTE) > 0;
    }

    private static boolean sameNumber(BigDecimal fte, String stored) {
        BigDecimal before = parsed(stored);
        return before != null && before.compareTo(fte) == 0;
    }

    private static BigDecimal parsed(String typed) {
        try {
            return DutchNumbers.parse(typed, FTE);
        } catch (InvalidNumberException invalid) {
            return null;
        }
    }

    private static BigDecimal fte(String field, String typed, List<FieldProblem> problems) {
        try {
            return DutchNumbers.parse(typed, FTE);
        } catch (InvalidNumberException invalid) {
            problems.add(new FieldProblem(
                    field,
                    invalid.problem() == DutchNumbers.Problem.NOT_A_NUMBER
                            ? "capacity.line.fte.not-a-number"
                            : invalid.problem().messageKey()));
            return null;
        }
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private record Figures(BigDecimal existing, BigDecimal added) {}
}
