package nl.ivbplanner.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the inhabitants form sends, as typed: the year (only when adding one), the number with or without thousands
 * separators (75.432 or 75432), and where it comes from.
 */
record InhabitantsForm(
        @Pattern(regexp = "\\s*((199\\d|20\\d\\d|2100)\\s*)?", message = "{parts.year.invalid}")
        String jaar,

        @NotBlank(message = "{inhabitants.form.number.required}")
        @Pattern(regexp = "\\s*\\d{1,3}([. ]?\\d{3})*\\s*|\\s*", message = "{inhabitants.form.number.invalid}")
        String inwoners,

        @Size(max = 200, message = "{form.too-long}") String bron,

        Long version) {

    static final InhabitantsForm NEW = new InhabitantsForm("", "", "CBS, 1 januari", null);

    static InhabitantsForm of(Inhabitants stored) {
        return new InhabitantsForm(
                String.valueOf(stored.getYear()),
                String.format(java.util.Locale.forLanguageTag("nl"), "%,d", stored.getInhabitants()),
                stored.getSource() == null ? "" : stored.getSource(),
                stored.getVersion());
    }

    /** The year typed; null when empty (the annotation checked its form). */
    Integer year() {
        return jaar == null || jaar.isBlank() ? null : Integer.valueOf(jaar.strip());
    }

    /** The number typed without separators; a number too large for the database is left to the service's check. */
    long number() {
        String digits = inwoners.replaceAll("[^0-9]", "");
        return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
