package nl.ivbplanner.web;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import nl.ivbplanner.common.DutchNumbers;
import org.springframework.stereotype.Component;

/**
 * Amounts and fte in templates, as the documents print them: {@code @figures.euros(cents)}, {@code @figures.fte(x)}.
 * One place, so a page, a report and a dashboard never round the same figure differently.
 */
@Component("figures")
public class DutchFigures {

    /** Whole euros without decimals, cents where there are any; null stays null. */
    public String euros(Long cents) {
        return cents == null ? null : DutchNumbers.formatEurosAsPrinted(cents);
    }

    /** The sum of amounts in cents as a budget prints it, leaving out lines without an amount. */
    public String eurosSum(Collection<Long> cents) {
        return euros(cents.stream()
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum());
    }

    /** Fte with two decimals, as formation tables print them ({@code 1,80}); null stays null. */
    public String fte(BigDecimal fte) {
        return DutchNumbers.formatTwoDecimals(fte);
    }
}
