package nl.ivbplanner.kpi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ivbplanner.common.DutchDates;

/**
 * A new measurement as the API receives it: JSON types where the page has typed text. It becomes the page's
 * {@link MeasurementForm}, so both are checked by the same rules and refused with the same messages.
 */
@Schema(name = "NieuweMeting", description = "Een gemeten waarde van een KPI voor één periode.")
record MeasurementRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 40,
                description = "De periode zoals het document of de bron hem noemt.",
                example = "januari 2026")
        String periode,

        @Schema(
                nullable = true,
                description = "Het jaar waar de meting bij hoort; weg te laten als de periode precies één jaar"
                        + " noemt of er een peildatum is. Niet in de toekomst.",
                minimum = "1990",
                maximum = "2100",
                example = "2026")
        Integer jaar,

        @Schema(
                nullable = true,
                description = "De gemeten waarde, verplicht bij een KPI met een getal (hoogstens 2 decimalen)."
                        + " Niet bij een mijlpaal.",
                example = "412.5")
        BigDecimal waarde,

        @Schema(
                nullable = true,
                description = "Of de mijlpaal is behaald; verplicht bij een KPI van het soort mijlpaal.")
        Boolean behaald,

        @Schema(
                nullable = true,
                description = "De datum waarop de waarde geldt; niet in de toekomst.",
                example = "2026-01-31")
        LocalDate peildatum,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                implementation = MeasurementSource.class,
                description = "De bron van de meting.",
                example = "POLITIE")
        String bron,

        @Schema(nullable = true, maxLength = 150, description = "Welke bron het is; verplicht bij ANDERS.")
        String bronToelichting,

        @Schema(nullable = true, maxLength = 5000, description = "Een toelichting op de meting.")
        String toelichting) {

    /** The decimal part and the whole part each fit the form's field in far fewer digits than this. */
    private static final int LONGEST_PLAIN_NUMBER = 64;

    /** The page's form as a user would have typed this: the number in Dutch notation, the date as dd-mm-jjjj. */
    MeasurementForm toForm() {
        return new MeasurementForm(
                periode,
                jaar == null ? null : jaar.toString(),
                waarde == null ? null : dutch(waarde),
                behaald == null ? null : behaald ? "JA" : "NEE",
                peildatum == null ? null : DutchDates.FORMAT.format(peildatum),
                bron,
                bronToelichting,
                toelichting);
    }

    /**
     * 1250.5 as {@code 1250,5}; trailing zeros are no decimals ({@code 12.50} has one). A number whose plain notation
     * would run to millions of digits ({@code 1e999999999}) is passed on as JSON wrote it, which the form refuses.
     */
    private static String dutch(BigDecimal number) {
        BigDecimal value = number.stripTrailingZeros();
        long plainLength = (long) Math.max(value.precision() - value.scale(), 1) + Math.max(value.scale(), 0);
        return plainLength > LONGEST_PLAIN_NUMBER
                ? value.toString()
                : value.toPlainString().replace('.', ',');
    }
}
