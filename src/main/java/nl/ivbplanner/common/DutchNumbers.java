package nl.ivbplanner.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Dutch users type and read them: a comma before the decimals and optionally a dot between groups of
 * three digits ({@code 1.250,5}). A dot is never a decimal point, so {@code 1.25} is refused rather than guessed.
 * Every column these numbers go into holds two decimals.
 */
public final class DutchNumbers {

    private static final int DECIMALS = 2;

    // sign, whole part (plain digits, or groups of three separated by dots), then decimals or ",-" for none
    private static final Pattern NUMBER = Pattern.compile("(-)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+|--?))?");

    private static final Pattern EURO_SIGN = Pattern.compile("^(-?)\\s*€\\s*");

    private DutchNumbers() {}

    /** What a field accepts besides the notation: a sign and a largest size. */
    public record Limits(boolean negativeAllowed, BigDecimal max) {}

    /** Why a typed text is not an acceptable number; each reason has its own message. */
    public enum Problem {
        NOT_A_NUMBER("number.not-a-number"),
        NEGATIVE("number.negative"),
        TOO_MANY_DECIMALS("number.too-many-decimals"),
        TOO_LARGE("number.too-large");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A typed text that is not an acceptable number, with the reason to tell the user. */
    public static final class InvalidNumberException extends RuntimeException {

        private final Problem problem;

        InvalidNumberException(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The number typed, or null when nothing was typed. */
    public static BigDecimal parse(String text, Limits limits) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher number = NUMBER.matcher(normalise(text));
        if (!number.matches()) {
            throw new InvalidNumberException(Problem.NOT_A_NUMBER);
        }
        String decimals = number.group(3) == null || number.group(3).startsWith("-") ? "" : number.group(3);
        if (decimals.length() > DECIMALS) {
            throw new InvalidNumberException(Problem.TOO_MANY_DECIMALS);
        }
        String digits = number.group(2).replace(".", "");
        BigDecimal value = new BigDecimal(decimals.isEmpty() ? digits : digits + "." + decimals);
        if (number.group(1) != null) {
            value = value.negate();
        }
        if (value.signum() < 0 && !limits.negativeAllowed()) {
            throw new InvalidNumberException(Problem.NEGATIVE);
        }
        if (value.abs().compareTo(limits.max()) > 0) {
            throw new InvalidNumberException(Problem.TOO_LARGE);
        }
        return value;
    }

    /** An amount in euro cents, typed with or without the euro sign ({@code € 1.250,50}, {@code €1.250,-}). */
    public static Long parseEuroCents(String text, BigDecimal maxEuros) {
        BigDecimal euros = parse(
                text == null ? null : EURO_SIGN.matcher(normalise(text)).replaceFirst("$1"),
                new Limits(false, maxEuros));
        return euros == null ? null : euros.movePointRight(DECIMALS).longValueExact();
    }

    /** As few decimals as needed: {@code 1.250,5}, {@code 37}. */
    public static String format(BigDecimal value) {
        return value == null ? null : pattern("#,##0.##").format(value);
    }

    /** At least one decimal, as a report mark is printed: {@code 7,0}, {@code 7,45}. */
    public static String formatOneDecimalAtLeast(BigDecimal value) {
        return value == null ? null : pattern("#,##0.0#").format(value);
    }

    /** Always two decimals, as a formation table prints fte: {@code 1,80}. */
    public static String formatTwoDecimals(BigDecimal value) {
        return value == null ? null : pattern("#,##0.00").format(value);
    }

    /** An amount as a budget prints it: {@code € 1.250,50}. */
    public static String formatEuros(long cents) {
        return "€ " + formatTwoDecimals(BigDecimal.valueOf(cents, DECIMALS));
    }

    /** An amount as budget tables print it: whole euros without decimals ({@code € 5.615.000}), else with cents. */
    public static String formatEurosAsPrinted(long cents) {
        return cents % 100 == 0 ? "€ " + format(BigDecimal.valueOf(cents / 100)) : formatEuros(cents);
    }

    private static String normalise(String text) {
        // no-break spaces come along when figures are copied from a PDF or a spreadsheet; U+2212 is a minus sign
        return text.replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2212', '-')
                .strip();
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols dutch = new DecimalFormatSymbols(Locale.ROOT);
        dutch.setDecimalSeparator(',');
        dutch.setGroupingSeparator('.');
        dutch.setMinusSign('-');
        return new DecimalFormat(pattern, dutch);
    }
}
