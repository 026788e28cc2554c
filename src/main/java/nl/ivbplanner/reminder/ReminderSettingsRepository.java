package nl.ivbplanner.reminder;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSettingsRepository extends JpaRepository<ReminderSettings, Long> {

    Optional<ReminderSettings> findByMunicipalityId(long municipalityId);
}
