package nl.ivbplanner.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.ivbplanner.common.DutchNumbers;
import nl.ivbplanner.common.DutchNumbers.InvalidNumberException;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.plantables.LineForm;

/**
 * What the budget line form sends, as typed. The amount is typed the Dutch way ({@code € 1.250,50}); a line without
 * an amount says why in the amount text instead ('Ambtelijke inzet'): exactly one of the two.
 */
record BudgetLineForm(
        @NotBlank(message = "{budget.line.label.required}") @Size(max = 1000, message = "{form.too-long}")
        String omschrijving,

        @Pattern(regexp = "\\d{0,18}", message = "{parts.theme.unknown}")
        String thema,

        @Size(max = 40, message = "{form.too-long}") String bedrag,
        @Size(max = 120, message = "{form.too-long}") String bedragTekst,
        @Size(max = 10000, message = "{form.too-long}") String opmerking,
        String bedragBevestigd,
        Long version)
        implements LineForm {

    private static final BigDecimal MAX_EUROS = new BigDecimal("999999999999.99");

    /** € 100.000.000: no municipality's safety budget puts more on one line; above it the user confirms the amount. */
    static final long PLAUSIBLE_MAX_CENTS = 100_000_000_00L;

    static final BudgetLineForm NEW = new BudgetLineForm("", "", "", "", "", null, null);

    static BudgetLineForm of(BudgetLine line) {
        return new BudgetLineForm(
                line.getLabel(),
                line.getThemeId() == null ? "" : line.getThemeId().toString(),
                line.getAmountCents() == null ? "" : DutchNumbers.formatEuros(line.getAmountCents()),
                line.getAmountText(),
                line.getRemark(),
                null,
                line.getVersion());
    }

    /**
     * What breaks the rules between fields or the choice of the framework's themes; {@code stored} is the line as
     * stored (or {@link #NEW}), whose amount was confirmed before and is not questioned again.
     */
    List<FieldProblem> problems(Collection<Long> themeIds, BudgetLineForm stored) {
        List<FieldProblem> problems = new ArrayList<>();
        check(themeIds, stored, problems);
        return problems;
    }

    /** The content to store; refused with the problems if there are any. Call after the annotations passed. */
    BudgetLineContent toContent(Collection<Long> themeIds, BudgetLineForm stored) {
        List<FieldProblem> problems = new ArrayList<>();
        Long cents = check(themeIds, stored, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        return new BudgetLineContent(themeId(), omschrijving.strip(), cents, text(bedragTekst), text(opmerking));
    }

    // Runs on any input, also when an annotation already refused a field.
    private Long check(Collection<Long> themeIds, BudgetLineForm stored, List<FieldProblem> problems) {
        if (themeId() != null && !themeIds.contains(themeId())) {
            problems.add(new FieldProblem("thema", "parts.theme.unknown"));
        }
        try {
            Long cents = DutchNumbers.parseEuroCents(bedrag, MAX_EUROS);
            if (cents == null && text(bedragTekst) == null) {
                problems.add(new FieldProblem("bedrag", "budget.line.amount.required"));
            } else if (cents != null && text(bedragTekst) != null) {
                problems.add(new FieldProblem("bedragTekst", "budget.line.amount-text.with-amount"));
            }
            if (amountAboveBound() && !confirmed() && !cents.equals(stored.cents())) {
                problems.add(new FieldProblem("bedrag", "budget.line.amount.implausible"));
            }
            return cents;
        } catch (InvalidNumberException invalid) {
            problems.add(new FieldProblem(
                    "bedrag",
                    invalid.problem() == DutchNumbers.Problem.NOT_A_NUMBER
                            ? "budget.line.amount.not-a-number"
                            : invalid.problem().messageKey()));
            return null;
        }
    }

    @Override
    public String label() {
        return omschrijving;
    }

    /** Whether the amount typed is above the plausible bound, so that the form asks to confirm it. */
    public boolean amountAboveBound() {
        Long cents = cents();
        return cents != null && cents > PLAUSIBLE_MAX_CENTS;
    }

    /** 'Ja, dit bedrag klopt' is ticked. */
    public boolean confirmed() {
        return "ja".equals(bedragBevestigd);
    }

    private Long cents() {
        try {
            return DutchNumbers.parseEuroCents(bedrag, MAX_EUROS);
        } catch (InvalidNumberException invalid) {
            return null;
        }
    }

    private Long themeId() {
        return thema != null && thema.strip().matches("\\d{1,18}") ? Long.valueOf(thema.strip()) : null;
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
