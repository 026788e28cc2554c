package nl.ivbplanner.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment as typed. */
record CommentForm(
        @NotBlank(message = "{comment.body.required}") @Size(max = 5000, message = "{form.too-long}")
        String reactie) {}
