package nl.ivbplanner.indicator;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.kpi.IndicatorLinks;
import nl.ivbplanner.kpi.KpiUnit;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard indicators, and which of a municipality's KPIs measure them: linked by those who write its plans
 * (advisors, managers, administrators), for the KPIs of its frameworks and plans.
 */
@Service
class IndicatorService {

    private final IndicatorRepository indicators;
    private final IndicatorLinks links;
    private final MunicipalityRepository municipalities;
    private final MunicipalityAccess access;

    IndicatorService(
            IndicatorRepository indicators,
            IndicatorLinks links,
            MunicipalityRepository municipalities,
            MunicipalityAccess access) {
        this.indicators = indicators;
        this.links = links;
        this.municipalities = municipalities;
        this.access = access;
    }

    record IndicatorRow(String code, String name, String source, KpiUnit unitKind, String description) {}

    /** A KPI on the linking page, with the indicator it measures (null: none). */
    record KpiRow(IndicatorLinks.LinkableKpi kpi, IndicatorRow indicator) {}

    record LinkPage(
            String municipalitySlug, String municipalityName, List<IndicatorRow> indicators, List<KpiRow> kpis) {}

    @Transactional(readOnly = true)
    List<IndicatorRow> all() {
        return indicators.findAllByOrderByPosition().stream()
                .map(IndicatorService::row)
                .toList();
    }

    /** The slug of the user's own municipality when they may link its KPIs, else null. */
    @Transactional(readOnly = true)
    String ownLinkableMunicipality() {
        var user = access.currentUser();
        if (user == null
                || user.municipalityId() == null
                || !access.may(Permission.EDIT_PLANS, user.municipalityId())) {
            return null;
        }
        return municipalities
                .findById(user.municipalityId())
                .map(Municipality::getSlug)
                .orElse(null);
    }

    @Transactional(readOnly = true)
    LinkPage linkPage(String slug) {
        Municipality municipality = editable(slug);
        List<Indicator> all = indicators.findAllByOrderByPosition();
        Map<Long, IndicatorRow> byId = all.stream().collect(Collectors.toMap(Indicator::getId, IndicatorService::row));
        return new LinkPage(
                municipality.getSlug(),
                municipality.getName(),
                all.stream().map(IndicatorService::row).toList(),
                links.of(municipality.getId()).stream()
                        .map(k -> new KpiRow(k, k.indicatorId() == null ? null : byId.get(k.indicatorId())))
                        .toList());
    }

    /** Links the KPI to the chosen indicator (none: unlinks it), unless a colleague changed the KPI in between. */
    @Transactional
    void link(String slug, long kpiId, IndicatorLinkForm form) {
        Municipality municipality = editable(slug);
        Long indicatorId = null;
        if (form.indicator() != null && !form.indicator().isEmpty()) {
            indicatorId = indicators
                    .findByCode(form.indicator())
                    .map(Indicator::getId)
                    .orElseThrow(() -> new InvalidFormException("indicator", "indicator.link.unknown"));
        }
        links.link(municipality.getId(), kpiId, indicatorId, form.version());
    }

    private Municipality editable(String slug) {
        Municipality municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        return municipality;
    }

    private static IndicatorRow row(Indicator indicator) {
        return new IndicatorRow(
                indicator.getCode(),
                indicator.getName(),
                indicator.getSource(),
                indicator.getUnitKind(),
                indicator.getDescription());
    }
}
