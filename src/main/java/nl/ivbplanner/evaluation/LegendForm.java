package nl.ivbplanner.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The municipality's four verdict labels with their symbols, each with the version the admin saw. */
record LegendForm(@NotNull List<@Valid Entry> regels) {

    static LegendForm of(List<StatusLegend> legend) {
        return new LegendForm(legend.stream()
                .map(l -> new Entry(l.getStatus().name(), l.getLabel(), l.getSymbol(), l.getVersion()))
                .toList());
    }

    record Entry(
            @NotNull @Pattern(regexp = "GREEN|YELLOW|RED|NOT_EVALUATED")
            String status,

            @NotBlank(message = "{legend.form.label.required}") @Size(max = 120, message = "{form.too-long}")
            String label,

            @NotBlank(message = "{legend.form.symbol.required}") @Size(max = 8, message = "{form.too-long}")
            String symbol,

            @NotNull Long version) {}
}
