package nl.ivbplanner.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins name the verdicts the way their municipality does; Envers keeps the earlier labels. */
@Service
class LegendService {

    private final MunicipalityRepository municipalities;
    private final StatusLegendRepository legends;
    private final MunicipalityAccess access;

    LegendService(MunicipalityRepository municipalities, StatusLegendRepository legends, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.legends = legends;
        this.access = access;
    }

    @Transactional(readOnly = true)
    LegendPage page(String municipalitySlug) {
        Municipality municipality = administered(municipalitySlug);
        return new LegendPage(municipality.getName(), LegendForm.of(ordered(municipality)));
    }

    /** Saves all four; if anyone changed the legend since the form was opened, nothing is saved. */
    @Transactional
    void save(String municipalitySlug, LegendForm form) {
        Municipality municipality = administered(municipalitySlug);
        Map<String, StatusLegend> stored = legends.findByMunicipalityIdOrderByStatus(municipality.getId()).stream()
                .collect(Collectors.toMap(l -> l.getStatus().name(), Function.identity()));
        boolean stale = form.regels().size() != stored.size()
                || form.regels().stream()
                        .anyMatch(e -> !stored.containsKey(e.status())
                                || stored.get(e.status()).getVersion()
                                        != e.version().longValue());
        if (stale) {
            throw new EditConflictException(LegendForm.of(ordered(municipality)));
        }
        form.regels()
                .forEach(e -> stored.get(e.status())
                        .relabel(e.label().strip(), e.symbol().strip()));
    }

    private List<StatusLegend> ordered(Municipality municipality) {
        return legends.findByMunicipalityIdOrderByStatus(municipality.getId()).stream()
                .sorted(Comparator.comparing(StatusLegend::getStatus))
                .toList();
    }

    private Municipality administered(String municipalitySlug) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.ADMINISTER, municipality.getId());
        return municipality;
    }

    record LegendPage(String municipalityName, LegendForm form) {}
}
