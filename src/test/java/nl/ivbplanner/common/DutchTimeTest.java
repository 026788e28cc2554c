package nl.ivbplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A moment read from the database in UTC is shown as a Dutch clock shows it. */
class DutchTimeTest {

    @Test
    void lateOnAWinterEveningInUtcIsTheNextDayInTheNetherlands() {
        OffsetDateTime dutch = DutchTime.of(OffsetDateTime.parse("2026-12-06T23:30:00Z"));
        assertThat(dutch.toLocalDate()).hasToString("2026-12-07");
        assertThat(dutch.toLocalTime()).hasToString("00:30");
    }

    @Test
    void summerTimeIsTwoHoursAheadOfUtc() {
        assertThat(DutchTime.of(OffsetDateTime.parse("2026-07-01T12:00:00Z")).getHour())
                .isEqualTo(14);
        assertThat(DutchTime.of(null)).isNull();
    }
}
