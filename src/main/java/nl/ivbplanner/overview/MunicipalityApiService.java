package nl.ivbplanner.overview;

import nl.ivbplanner.api.ApiPage;
import nl.ivbplanner.api.Paging;
import nl.ivbplanner.evaluation.LegendJson;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.overview.MunicipalityApiQueries.MunicipalityRow;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's municipalities: those that publish are anyone's to read, the reader's own municipality its own; the
 * frameworks of one as its page lists them (concepts for its staff only).
 */
@Service
@Transactional(readOnly = true)
class MunicipalityApiService {

    private final MunicipalityApiQueries queries;
    private final LegendQueries legends;
    private final MunicipalityAccess access;

    MunicipalityApiService(MunicipalityApiQueries queries, LegendQueries legends, MunicipalityAccess access) {
        this.queries = queries;
        this.legends = legends;
        this.access = access;
    }

    ApiPage<MunicipalityJson> page(Paging paging) {
        SignedInUser reader = access.currentUser();
        Long own = reader == null ? null : reader.municipalityId();
        return paging.of(
                queries.page(own, paging).stream().map(MunicipalityJson::of).toList(), queries.count(own));
    }

    MunicipalityDetailJson municipality(String slug) {
        MunicipalityRow municipality = queries.bySlug(slug).orElseThrow(NotFoundException::new);
        access.requireUnlessPublished(municipality.publishPublicly(), Permission.VIEW, municipality.id());
        return new MunicipalityDetailJson(
                municipality.slug(),
                municipality.name(),
                municipality.cbsCode(),
                municipality.safetyRegion(),
                municipality.publishPublicly(),
                LegendJson.of(legends.of(municipality.id())),
                queries.frameworks(municipality.id(), access.may(Permission.VIEW_CONCEPTS, municipality.id())).stream()
                        .map(f -> MunicipalityDetailJson.FrameworkLinkJson.of(slug, f))
                        .toList());
    }
}
