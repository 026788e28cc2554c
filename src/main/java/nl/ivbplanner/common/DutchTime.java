package nl.ivbplanner.common;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The municipalities' time: 'today' and every moment a page shows are Dutch. PostgreSQL's driver reads a timestamp
 * with time zone in UTC, which a page would show an hour or two early (and after 23:00 on the wrong day).
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {}

    /** The same moment as a Dutch clock shows it; null stays null. */
    public static OffsetDateTime of(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
