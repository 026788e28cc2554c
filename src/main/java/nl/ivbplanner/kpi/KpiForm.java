package nl.ivbplanner.kpi;

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
import nl.ivbplanner.plan.ObjectiveChoices;
import nl.ivbplanner.plan.ObjectiveOption;

/**
 * What the KPI form sends, as typed. The annotations check each field on its own; {@link #problems} checks the
 * rules between fields and those that need the stored KPI, the framework's themes and the objectives.
 */
record KpiForm(
        @Pattern(regexp = "\\d{0,18}", message = "{parts.theme.unknown}")
        String thema,

        @Pattern(regexp = "\\d{0,18}", message = "{objective.choice.unknown}")
        String doelstelling,

        @NotBlank(message = "{kpi.form.name.required}") @Size(max = 1000, message = "{form.too-long}")
        String naam,

        @NotBlank(message = "{kpi.form.kind.required}")
        @Pattern(regexp = "NUMERIC|MILESTONE", message = "{kpi.form.kind.required}")
        String soort,

        @Size(max = 120, message = "{form.too-long}") String eenheid,

        @Pattern(
                regexp = "|COUNT|PERCENTAGE|GRADE|MONTHS|PER_1000_INHABITANTS|EUROS|OTHER",
                message = "{kpi.form.unit-kind.unknown}")
        String eenheidSoort,

        @Size(max = 200, message = "{form.too-long}") String bron,

        @Pattern(regexp = "|AT_LEAST|AT_MOST|EQUAL|INCREASE|DECREASE", message = "{kpi.form.comparator.unknown}")
        String vergelijking,

        @Size(max = 200, message = "{form.too-long}") String uitgangswaarde,

        @Pattern(regexp = YEAR, message = "{parts.year.invalid}")
        String uitgangsjaar,

        @Size(max = 200, message = "{form.too-long}") String streefwaarde,

        @Pattern(regexp = YEAR, message = "{parts.year.invalid}")
        String streefjaar,

        Long version) {

    /** Empty, or a year of four digits from 1990 to 2100 (the database's range). */
    static final String YEAR = "\\s*((199\\d|20\\d\\d|2100)\\s*)?";

    // numeric(14, 2); a baseline or target may be below zero (a change, a balance)
    private static final DutchNumbers.Limits VALUE = new DutchNumbers.Limits(true, new BigDecimal("999999999999.99"));

    static final KpiForm NEW =
            new KpiForm("", "", "", KpiKind.NUMERIC.name(), "", KpiUnit.COUNT.name(), "", "", "", "", "", "", null);

    static KpiForm of(Kpi kpi) {
        return new KpiForm(
                kpi.getThemeId() == null ? "" : kpi.getThemeId().toString(),
                kpi.getObjectiveId() == null ? "" : kpi.getObjectiveId().toString(),
                kpi.getName(),
                kpi.getKind().name(),
                kpi.getUnit(),
                kpi.getUnitKind().name(),
                kpi.getSource(),
                kpi.getComparator() == null ? "" : kpi.getComparator().name(),
                shown(kpi.getBaselineValue(), kpi.getBaselineText()),
                year(kpi.getBaselineYear()),
                shown(kpi.getTargetValue(), kpi.getTargetText()),
                year(kpi.getTargetYear()),
                kpi.getVersion());
    }

    /**
     * What breaks the rules between fields, given the texts the KPI may keep, the framework's themes and the
     * objectives of the plan and framework.
     */
    List<FieldProblem> problems(KeptTexts kept, Collection<Long> themeIds, List<ObjectiveOption> objectives) {
        List<FieldProblem> problems = new ArrayList<>();
        check(kept, themeIds, objectives, problems);
        return problems;
    }

    /** The definition to store; refused with the problems if there are any. Call after the annotations passed. */
    KpiDefinition toDefinition(KeptTexts kept, Collection<Long> themeIds, List<ObjectiveOption> objectives) {
        List<FieldProblem> problems = new ArrayList<>();
        Values values = check(kept, themeIds, objectives, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        return new KpiDefinition(
                themeId(),
                objectiveId(),
                naam.strip(),
                text(eenheid),
                unitKind(),
                text(bron),
                kind(),
                comparator(),
                values.baseline().number(),
                values.baseline().text(),
                year(uitgangsjaar),
                values.target().number(),
                values.target().text(),
                year(streefjaar));
    }

    // Runs on any input, also when an annotation already refused a field: then that field is skipped or ignored.
    private Values check(
            KeptTexts kept, Collection<Long> themeIds, List<ObjectiveOption> objectives, List<FieldProblem> problems) {
        if (themeId() != null && !themeIds.contains(themeId())) {
            problems.add(new FieldProblem("thema", "parts.theme.unknown"));
        }
        if (objectiveId() != null) {
            ObjectiveChoices.problem(objectives, objectiveId(), themeId())
                    .ifPresent(key -> problems.add(new FieldProblem("doelstelling", key)));
        }
        Values values = new Values(
                value("uitgangswaarde", uitgangswaarde, kept.baseline(), problems),
                value("streefwaarde", streefwaarde, kept.target(), problems));
        if (kind() == KpiKind.MILESTONE) {
            if (!blank(vergelijking)) {
                problems.add(new FieldProblem("vergelijking", "kpi.form.milestone.comparator"));
            }
            if (values.baseline().number() != null) {
                problems.add(new FieldProblem("uitgangswaarde", "kpi.form.milestone.value"));
            }
            if (values.target().number() != null) {
                problems.add(new FieldProblem("streefwaarde", "kpi.form.milestone.value"));
            }
        } else if (values.target().number() != null && blank(vergelijking)) {
            problems.add(new FieldProblem("vergelijking", "kpi.form.comparator.required"));
        } else {
            checkDirection(values, problems);
        }
        Integer baselineYear = checkedYear(uitgangsjaar);
        Integer targetYear = checkedYear(streefjaar);
        if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
            problems.add(new FieldProblem(
                    "streefjaar",
                    "kpi.form.target-year.before-baseline",
                    List.of(targetYear.toString(), baselineYear.toString())));
        }
        return values;
    }

    /** 'Daling' (a decrease) needs a target below the baseline, 'stijging' (an increase) one above it. */
    private void checkDirection(Values values, List<FieldProblem> problems) {
        BigDecimal baseline = values.baseline().number();
        BigDecimal target = values.target().number();
        Comparator comparator = vergelijking != null && vergelijking.matches("INCREASE|DECREASE") ? comparator() : null;
        if (baseline == null || target == null || comparator == null) {
            return;
        }
        int difference = target.compareTo(baseline);
        if (comparator == Comparator.DECREASE && difference >= 0) {
            problems.add(new FieldProblem(
                    "streefwaarde",
                    "kpi.form.target.not-a-decrease",
                    List.of(DutchNumbers.format(target), DutchNumbers.format(baseline))));
        } else if (comparator == Comparator.INCREASE && difference <= 0) {
            problems.add(new FieldProblem(
                    "streefwaarde",
                    "kpi.form.target.not-an-increase",
                    List.of(DutchNumbers.format(target), DutchNumbers.format(baseline))));
        }
    }

    /** The year typed, or null when none was typed or the annotation refuses it. */
    private static Integer checkedYear(String typed) {
        return blank(typed) || !typed.matches(YEAR) ? null : Integer.valueOf(typed.strip());
    }

    private Long themeId() {
        return thema != null && thema.strip().matches("\\d{1,18}") ? Long.valueOf(thema.strip()) : null;
    }

    private Long objectiveId() {
        return doelstelling != null && doelstelling.strip().matches("\\d{1,18}")
                ? Long.valueOf(doelstelling.strip())
                : null;
    }

    private KpiKind kind() {
        return "MILESTONE".equals(soort) ? KpiKind.MILESTONE : KpiKind.NUMERIC;
    }

    /** Forms sent before the unit kind existed, and a blank choice, count things. */
    private KpiUnit unitKind() {
        return blank(eenheidSoort) ? KpiUnit.COUNT : KpiUnit.valueOf(eenheidSoort);
    }

    private Comparator comparator() {
        return blank(vergelijking) ? null : Comparator.valueOf(vergelijking);
    }

    /** A number, or the printed text the KPI already had when the user left it as it was. */
    private static Value value(String field, String typed, String kept, List<FieldProblem> problems) {
        if (blank(typed)) {
            return new Value(null, null);
        }
        try {
            return new Value(DutchNumbers.parse(typed, VALUE), null);
        } catch (InvalidNumberException notANumber) {
            if (kept != null && typed.strip().equals(kept.strip())) {
                return new Value(null, kept);
            }
            problems.add(new FieldProblem(field, notANumber.problem().messageKey()));
            return new Value(null, null);
        }
    }

    private static String shown(BigDecimal value, String text) {
        return value != null ? DutchNumbers.format(value) : text;
    }

    private static String year(Integer year) {
        return year == null ? "" : year.toString();
    }

    private static Integer year(String typed) {
        return blank(typed) ? null : Integer.valueOf(typed.strip());
    }

    private static String text(String typed) {
        return blank(typed) ? null : typed.strip();
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    private record Value(BigDecimal number, String text) {}

    private record Values(Value baseline, Value target) {}
}
