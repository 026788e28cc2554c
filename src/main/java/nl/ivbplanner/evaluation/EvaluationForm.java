package nl.ivbplanner.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One row of the evaluation page: the verdict, the result text, and the version the user saw ('' when none yet). */
record EvaluationForm(
        @NotBlank(message = "{evaluation.form.verdict.required}")
        @Pattern(regexp = "GREEN|YELLOW|RED", message = "{evaluation.form.verdict.required}")
        String oordeel,

        @Size(max = 10000, message = "{form.too-long}") String resultaat,

        @Pattern(regexp = "\\d{0,18}", message = "{evaluation.form.version.invalid}")
        String version) {

    EvaluationStatus status() {
        return EvaluationStatus.valueOf(oordeel);
    }

    String resultText() {
        return resultaat == null || resultaat.isBlank() ? null : resultaat.strip();
    }

    /** The stored verdict's version this form was based on; empty when the user saw no verdict yet. */
    Long seenVersion() {
        return version == null || version.isEmpty() ? null : Long.valueOf(version);
    }
}
