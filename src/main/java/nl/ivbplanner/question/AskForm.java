package nl.ivbplanner.question;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A council member's question as typed, and the plan's document it is about (REPORT or VERANTWOORDING). */
record AskForm(
        @NotBlank(message = "{question.document.required}") String document,

        @NotBlank(message = "{question.text.required}") @Size(max = AskForm.MAX, message = "{form.too-long}")
        String vraag) {

    static final int MAX = 4000;
}
