package nl.ivbplanner.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.ivbplanner.common.DutchNumbers.InvalidNumberException;
import nl.ivbplanner.common.DutchNumbers.Limits;
import nl.ivbplanner.common.DutchNumbers.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchNumbersTest {

    private static final Limits ANY = new Limits(true, new BigDecimal("999999999999.99"));
    private static final Limits NOT_NEGATIVE = new Limits(false, new BigDecimal("999999.99"));
    private static final BigDecimal MAX_EUROS = new BigDecimal("999999999999.99");

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1250       | 1250",
                "1.250      | 1250",
                "1.250,5    | 1250.5",
                "1.250,50   | 1250.50",
                "1250,50    | 1250.50",
                "' 0,5 '    | 0.5",
                "1,80       | 1.80",
                "37         | 37",
                "0          | 0",
                "1.250,-    | 1250",
                "1.250,--   | 1250",
                "1.000.000  | 1000000",
                "-3,5       | -3.5",
                "−12        | -12",
                "007        | 7"
            })
    void readsDutchNotation(String typed, BigDecimal expected) {
        assertThat(DutchNumbers.parse(typed, ANY)).isEqualByComparingTo(expected);
    }

    @Test
    void readsFiguresCopiedWithANoBreakSpace() {
        assertThat(DutchNumbers.parse("\u00A012,5\u00A0", ANY)).isEqualByComparingTo("12.5");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void nothingTypedIsNoNumber(String typed) {
        assertThat(DutchNumbers.parse(typed, ANY)).isNull();
        assertThat(DutchNumbers.parseEuroCents(typed, MAX_EUROS)).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "abc",
                "PM",
                "12a",
                "1.25",
                "1250.50",
                "1,250.50",
                "12.34.5",
                "1.2345",
                ",5",
                "1,",
                "-",
                "€ 12",
                "12 500",
                "1e3",
                "0x10",
                "--5",
                "5-",
                "12%"
            })
    void refusesWhatIsNoDutchNumber(String typed) {
        assertThatThrownBy(() -> DutchNumbers.parse(typed, ANY))
                .isInstanceOf(InvalidNumberException.class)
                .extracting(e -> ((InvalidNumberException) e).problem())
                .isEqualTo(Problem.NOT_A_NUMBER);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1,505", "0,125", "1.250,500"})
    void refusesMoreThanTwoDecimals(String typed) {
        assertThat(problem(() -> DutchNumbers.parse(typed, ANY))).isEqualTo(Problem.TOO_MANY_DECIMALS);
    }

    @Test
    void refusesANegativeNumberWhereOnlyZeroOrMoreFits() {
        assertThat(problem(() -> DutchNumbers.parse("-0,5", NOT_NEGATIVE))).isEqualTo(Problem.NEGATIVE);
        assertThat(DutchNumbers.parse("-0", NOT_NEGATIVE)).isEqualByComparingTo("0");
    }

    @Test
    void refusesWhatDoesNotFitTheColumn() {
        assertThat(DutchNumbers.parse("999.999,99", NOT_NEGATIVE)).isEqualByComparingTo("999999.99");
        assertThat(problem(() -> DutchNumbers.parse("1.000.000", NOT_NEGATIVE))).isEqualTo(Problem.TOO_LARGE);
        assertThat(problem(() -> DutchNumbers.parse("-1.000.000", new Limits(true, new BigDecimal("999999.99")))))
                .isEqualTo(Problem.TOO_LARGE);
    }

    @ParameterizedTest(name = "''{0}'' is {1} cents")
    @CsvSource(
            delimiter = '|',
            value = {
                "€ 1.250,50  | 125050",
                "€1.250,50   | 125050",
                "1250,50     | 125050",
                "1.250       | 125000",
                "€1.250,-    | 125000",
                "€ 0,5       | 50",
                "' € 47.000 '| 4700000",
                "5.615.000   | 561500000"
            })
    void readsAmountsInEuroCents(String typed, long cents) {
        assertThat(DutchNumbers.parseEuroCents(typed, MAX_EUROS)).isEqualTo(cents);
    }

    @Test
    void refusesNegativeAndGarbledAmounts() {
        assertThat(problem(() -> DutchNumbers.parseEuroCents("-€ 5", MAX_EUROS)))
                .isEqualTo(Problem.NEGATIVE);
        assertThat(problem(() -> DutchNumbers.parseEuroCents("€ -5", MAX_EUROS)))
                .isEqualTo(Problem.NEGATIVE);
        assertThat(problem(() -> DutchNumbers.parseEuroCents("€ €5", MAX_EUROS)))
                .isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(problem(() -> DutchNumbers.parseEuroCents("5 euro", MAX_EUROS)))
                .isEqualTo(Problem.NOT_A_NUMBER);
        assertThat(problem(() -> DutchNumbers.parseEuroCents("€ 1,255", MAX_EUROS)))
                .isEqualTo(Problem.TOO_MANY_DECIMALS);
    }

    @Test
    void writesDutchNotation() {
        assertThat(DutchNumbers.format(new BigDecimal("1250.50"))).isEqualTo("1.250,5");
        assertThat(DutchNumbers.format(new BigDecimal("37.00"))).isEqualTo("37");
        assertThat(DutchNumbers.format(new BigDecimal("-3.5"))).isEqualTo("-3,5");
        assertThat(DutchNumbers.formatTwoDecimals(new BigDecimal("1.8"))).isEqualTo("1,80");
        assertThat(DutchNumbers.formatTwoDecimals(null)).isNull();
        assertThat(DutchNumbers.formatEuros(125050)).isEqualTo("€ 1.250,50");
        assertThat(DutchNumbers.formatEuros(561500000)).isEqualTo("€ 5.615.000,00");
        assertThat(DutchNumbers.formatEuros(50)).isEqualTo("€ 0,50");
    }

    @Test
    void readsBackWhatItWrites() {
        BigDecimal value = new BigDecimal("1234567.89");
        assertThat(DutchNumbers.parse(DutchNumbers.format(value), ANY)).isEqualByComparingTo(value);
        assertThat(DutchNumbers.parseEuroCents(DutchNumbers.formatEuros(123456789), MAX_EUROS))
                .isEqualTo(123456789);
    }

    private static Problem problem(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidNumberException invalid) {
            return invalid.problem();
        }
        throw new AssertionError("accepted");
    }
}
