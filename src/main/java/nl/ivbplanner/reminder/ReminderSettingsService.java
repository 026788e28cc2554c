package nl.ivbplanner.reminder;

import java.util.List;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A municipality's reminder moments: read and set by those who manage its plans (managers, administrators). */
@Service
class ReminderSettingsService {

    private final MunicipalityRepository municipalities;
    private final ReminderSettingsRepository settings;
    private final MunicipalityAccess access;

    ReminderSettingsService(
            MunicipalityRepository municipalities, ReminderSettingsRepository settings, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.settings = settings;
        this.access = access;
    }

    record SettingsPage(String municipalityName, String municipalitySlug, ReminderSettingsForm form) {}

    @Transactional(readOnly = true)
    SettingsPage page(String municipalitySlug) {
        Municipality municipality = managed(municipalitySlug);
        return new SettingsPage(
                municipality.getName(), municipality.getSlug(), ReminderSettingsForm.of(of(municipality)));
    }

    @Transactional
    void save(String municipalitySlug, ReminderSettingsForm form) {
        ReminderSettings stored = of(managed(municipalitySlug));
        stored.requireVersion(form.version(), () -> ReminderSettingsForm.of(stored));
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        stored.change(form.moments());
    }

    private Municipality managed(String slug) {
        Municipality municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        access.require(Permission.ADOPT_PLANS, municipality.getId());
        return municipality;
    }

    private ReminderSettings of(Municipality municipality) {
        return settings.findByMunicipalityId(municipality.getId()).orElseThrow(NotFoundException::new);
    }
}
