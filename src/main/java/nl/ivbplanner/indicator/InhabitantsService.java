package nl.ivbplanner.indicator;

import java.util.List;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.UniqueIndex;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's number of inhabitants per year: entered, corrected and removed by its administrators (and the
 * global ones), every change kept in the history.
 */
@Service
class InhabitantsService {

    private final MunicipalityRepository municipalities;
    private final InhabitantsRepository inhabitants;
    private final MunicipalityAccess access;

    InhabitantsService(
            MunicipalityRepository municipalities, InhabitantsRepository inhabitants, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.inhabitants = inhabitants;
        this.access = access;
    }

    record Year(int year, String inhabitants, String source) {}

    record Page(String municipalitySlug, String municipalityName, List<Year> years) {}

    @Transactional(readOnly = true)
    Page page(String slug) {
        Municipality municipality = administered(slug);
        return new Page(
                municipality.getSlug(),
                municipality.getName(),
                inhabitants.findByMunicipalityIdOrderByYearDesc(municipality.getId()).stream()
                        .map(i -> new Year(i.getYear(), InhabitantsForm.of(i).inwoners(), i.getSource()))
                        .toList());
    }

    @Transactional(readOnly = true)
    InhabitantsForm form(String slug, int year) {
        return InhabitantsForm.of(stored(administered(slug), year));
    }

    @Transactional
    void add(String slug, InhabitantsForm form) {
        Municipality municipality = administered(slug);
        Integer year = form.year();
        if (year == null) {
            throw new InvalidFormException("jaar", "inhabitants.form.year.required");
        }
        if (inhabitants.existsByMunicipalityIdAndYear(municipality.getId(), year)) {
            throw new InvalidFormException("jaar", "inhabitants.form.year.taken", year);
        }
        // two administrators adding the same year at the same moment: the second gets the same message
        new UniqueIndex(
                        "municipality_inhabitants_municipality_id_year_key",
                        new FieldProblem("jaar", "inhabitants.form.year.taken", List.of(year)))
                .guard(() -> inhabitants.saveAndFlush(
                        new Inhabitants(municipality.getId(), year, number(form), form.bron())));
    }

    @Transactional
    void revise(String slug, int year, InhabitantsForm form) {
        Inhabitants stored = stored(administered(slug), year);
        stored.requireVersion(form.version(), () -> InhabitantsForm.of(stored));
        stored.revise(number(form), form.bron());
    }

    @Transactional
    void remove(String slug, int year, Long version) {
        Inhabitants stored = stored(administered(slug), year);
        stored.requireVersion(version, () -> InhabitantsForm.of(stored));
        inhabitants.delete(stored);
    }

    private static int number(InhabitantsForm form) {
        long number = form.number();
        if (number < 1 || number > Inhabitants.MAX) {
            throw new InvalidFormException("inwoners", "inhabitants.form.number.range");
        }
        return (int) number;
    }

    private Inhabitants stored(Municipality municipality, int year) {
        return inhabitants
                .findByMunicipalityIdAndYear(municipality.getId(), year)
                .orElseThrow(NotFoundException::new);
    }

    private Municipality administered(String slug) {
        Municipality municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        access.require(Permission.ADMINISTER, municipality.getId());
        return municipality;
    }
}
