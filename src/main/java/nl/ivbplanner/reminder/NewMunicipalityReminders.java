package nl.ivbplanner.reminder;

import nl.ivbplanner.municipality.MunicipalityCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new municipality sends reminders at the default moments (V25 gave every existing one the same). */
@Component
class NewMunicipalityReminders {

    private final ReminderSettingsRepository settings;

    NewMunicipalityReminders(ReminderSettingsRepository settings) {
        this.settings = settings;
    }

    @EventListener
    void give(MunicipalityCreated created) {
        settings.save(new ReminderSettings(created.municipalityId()));
    }
}
