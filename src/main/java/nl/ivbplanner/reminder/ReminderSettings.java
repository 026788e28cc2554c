package nl.ivbplanner.reminder;

import jakarta.persistence.Entity;
import java.time.MonthDay;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * When a municipality's people are reminded, set by its managers: whether at all, how many days ahead of a deadline or
 * measurement date, and the days of the year by which an interim status is asked (in the plan's year), and KPI
 * measurements and the year-end verdict (in the year after). Days are stored as 'MM-DD', as the reminders' query reads
 * them; 29 February is refused, as it is not a day of every year.
 */
@Entity
@Audited
class ReminderSettings extends VersionedEntity {

    private long municipalityId;

    private boolean enabled;

    private int daysBefore;

    private String interimStatusDue;

    private String measurementDue;

    private String yearEndVerdictDue;

    protected ReminderSettings() {}

    ReminderSettings(long municipalityId) {
        this.municipalityId = municipalityId;
        change(new Moments(true, 14, MonthDay.of(7, 1), MonthDay.of(1, 15), MonthDay.of(2, 1)));
    }

    /** The settings as a manager sets them. */
    record Moments(
            boolean enabled, int daysBefore, MonthDay interimStatusDue, MonthDay measurementDue, MonthDay yearEndDue) {

        Moments {
            if (daysBefore < 0 || daysBefore > 90) {
                throw new IllegalArgumentException("days before: " + daysBefore);
            }
            for (MonthDay day : new MonthDay[] {interimStatusDue, measurementDue, yearEndDue}) {
                if (day.equals(MonthDay.of(2, 29))) {
                    throw new IllegalArgumentException("29 February is not a day of every year");
                }
            }
        }
    }

    void change(Moments moments) {
        this.enabled = moments.enabled();
        this.daysBefore = moments.daysBefore();
        this.interimStatusDue = stored(moments.interimStatusDue());
        this.measurementDue = stored(moments.measurementDue());
        this.yearEndVerdictDue = stored(moments.yearEndDue());
    }

    Moments moments() {
        return new Moments(enabled, daysBefore, read(interimStatusDue), read(measurementDue), read(yearEndVerdictDue));
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    private static String stored(MonthDay day) {
        return day.toString().substring(2);
    }

    private static MonthDay read(String stored) {
        return MonthDay.parse("--" + stored);
    }
}
