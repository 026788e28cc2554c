package nl.ivbplanner.planview;

import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;

/** A staff member's comment on an activity, as the thread on its page shows it. */
record Comment(String authorName, OffsetDateTime createdAt, String body) {

    public Comment {
        createdAt = DutchTime.of(createdAt);
    }
}
