package nl.ivbplanner.question;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The answer as typed, with the version of the question the form was opened on (a colleague may answer meanwhile). */
record AnswerForm(
        @NotBlank(message = "{question.answer.required}") @Size(max = AnswerForm.MAX, message = "{form.too-long}")
        String antwoord,

        Long version) {

    static final int MAX = 10000;

    /** The answer as stored: empty while the question is open. */
    static AnswerForm of(String answer, long version) {
        return new AnswerForm(answer == null ? "" : answer, version);
    }
}
