package nl.ivbplanner.opendata;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.publication.VersionAddress;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A publishing municipality's open data, for anyone: what its public index lists, as records. A municipality that
 * does not publish, or does not exist, gets a 404, as its index does.
 */
@Service
class OpenDataService {

    private final OpenDataQueries queries;

    OpenDataService(OpenDataQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    PublishingMunicipality municipality(String slug) {
        return queries.publishing(slug).orElseThrow(NotFoundException::new);
    }

    /** Three statements. */
    @Transactional(readOnly = true)
    Table<ActivityRecord> activities(String slug) {
        PublishingMunicipality municipality = municipality(slug);
        Map<Long, List<ActivityOrganisation>> organisations =
                ActivityOrganisation.perActivity(queries.partnerMentions(municipality.id()));
        List<ActivityRecord> records = queries.activities(municipality.id()).stream()
                .map(row -> new ActivityRecord(
                        row,
                        organisations.getOrDefault(row.id(), List.of()),
                        VersionAddress.currentPublicUrl(
                                new PlanAddress(municipality.slug(), row.frameworkSlug(), row.planYear()),
                                DocumentType.REPORT)))
                .toList();
        return new Table<>(municipality, OpenDataFile.ACTIVITIES, records);
    }

    /** Two statements. */
    @Transactional(readOnly = true)
    Table<KpiRow> kpis(String slug) {
        PublishingMunicipality municipality = municipality(slug);
        return new Table<>(municipality, OpenDataFile.KPIS, queries.kpis(municipality.id()));
    }
}
