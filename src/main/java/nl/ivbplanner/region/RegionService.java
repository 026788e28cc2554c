package nl.ivbplanner.region;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.ivbplanner.database.DatabaseState;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.indicator.IndicatorComparisons;
import nl.ivbplanner.region.RegionView.FieldView;
import nl.ivbplanner.region.RegionView.MunicipalityInField;
import nl.ivbplanner.region.RegionView.MunicipalityTotal;
import nl.ivbplanner.region.RegionView.Verdict;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region view for every signed-in user. It shows only what the municipalities have adopted (adopted or evaluated
 * plans and the frameworks' lines), so no municipality check is needed: concept plans never enter the queries.
 *
 * <p>Every reader sees the same view, and it adds up every adopted plan of the region (about 9,800 activities with
 * 400 generated municipalities in the database): it is kept per state of the database ({@link DatabaseState}), so
 * sixteen readers at once share one reading, and any write makes the next read count anew.
 */
@Service
@Transactional(readOnly = true)
class RegionService {

    /** IVB Planner serves the municipalities of this safety region (municipality.safety_region). */
    static final String REGION = "Veiligheidsregio Haaglanden";

    /** The Kernbeleid Veiligheid fields in page order; null is the group of themes without a field. */
    private static final List<Short> FIELDS =
            Arrays.asList((short) 1, (short) 2, (short) 3, (short) 4, (short) 5, null);

    private final RegionQueries queries;
    private final LegendQueries legends;
    private final IndicatorComparisons indicators;
    private final DatabaseState database;
    private final Cache<RegionKey, RegionView> regionViews =
            Caffeine.newBuilder().maximumSize(16).build();
    private final Cache<String, RegionYears> regionYears =
            Caffeine.newBuilder().maximumSize(4).build();
    private final Cache<PartnerKey, PartnerView> partnerViews =
            Caffeine.newBuilder().maximumSize(200).build();

    RegionService(
            RegionQueries queries, LegendQueries legends, IndicatorComparisons indicators, DatabaseState database) {
        this.queries = queries;
        this.legends = legends;
        this.indicators = indicators;
        this.database = database;
    }

    /** The database's version, to take before reading a view: the view and its rendering are kept under it. */
    String version() {
        return database.version();
    }

    /** The years the region can be read for, as of the version ({@link #version()}; null: for this reader alone). */
    RegionYears years(String version) {
        return version == null ? readYears() : regionYears.get(version, v -> readYears());
    }

    /**
     * The region view of a year (null: every year) as of the version read before it ({@link #version()}; null: read
     * for this reader alone).
     */
    RegionView regionView(String version, Integer year) {
        return version == null
                ? readRegionView(year)
                : regionViews.get(new RegionKey(version, year), k -> readRegionView(year));
    }

    private record RegionKey(String version, Integer year) {}

    private RegionYears readYears() {
        return new RegionYears(queries.years(REGION));
    }

    PartnerView partnerView(String version, String key) {
        return version == null
                ? readPartnerView(key)
                : partnerViews.get(new PartnerKey(version, key), k -> readPartnerView(key));
    }

    private record PartnerKey(String version, String partner) {}

    private RegionView readRegionView(Integer year) {
        List<MunicipalityRow> municipalities = queries.municipalities(REGION);
        Map<Long, Map<String, LegendEntry>> legends = this.legends.ofRegion(REGION);
        Map<Long, List<RegionThemeRow>> themes =
                queries.themes(REGION, year).stream().collect(Collectors.groupingBy(RegionThemeRow::municipalityId));
        Map<Long, List<FieldCountRow>> counts = queries.fieldCounts(REGION, year).stream()
                .collect(Collectors.groupingBy(FieldCountRow::municipalityId));

        List<MunicipalityTotal> totals = municipalities.stream()
                .map(m -> {
                    List<FieldCountRow> rows = counts.getOrDefault(m.id(), List.of());
                    return new MunicipalityTotal(
                            m,
                            rows.stream().mapToLong(FieldCountRow::activities).sum(),
                            verdicts(legends.get(m.id()), sum(rows)));
                })
                .toList();
        List<FieldView> fields = new ArrayList<>();
        for (Short field : FIELDS) {
            List<MunicipalityInField> row = municipalities.stream()
                    .map(m -> {
                        FieldCountRow count = counts.getOrDefault(m.id(), List.of()).stream()
                                .filter(c -> Objects.equals(c.field(), field))
                                .findFirst()
                                .orElse(new FieldCountRow(m.id(), field, 0, 0, 0, 0));
                        List<RegionThemeRow> fieldThemes = themes.getOrDefault(m.id(), List.of()).stream()
                                .filter(t -> Objects.equals(t.field(), field))
                                .toList();
                        return new MunicipalityInField(
                                m, fieldThemes, count.activities(), verdicts(legends.get(m.id()), count));
                    })
                    .toList();
            boolean unclassifiedAndEmpty =
                    field == null && row.stream().allMatch(m -> m.themes().isEmpty() && m.activities() == 0);
            if (!unclassifiedAndEmpty) {
                fields.add(new FieldView(field, row));
            }
        }
        return new RegionView(
                REGION, year, totals, fields, indicators.ofRegion(REGION, year), queries.partners(REGION, year));
    }

    private PartnerView readPartnerView(String key) {
        SharedPartner partner = queries.sharedPartner(key).orElseThrow(NotFoundException::new);
        return new PartnerView(
                REGION,
                partner,
                queries.partnerMunicipalities(REGION, partner.id()),
                queries.partnerFields(REGION, partner.id()),
                queries.partnerActivities(REGION, partner.id()));
    }

    private static FieldCountRow sum(List<FieldCountRow> rows) {
        return rows.stream()
                .reduce(
                        new FieldCountRow(0, null, 0, 0, 0, 0),
                        (a, b) -> new FieldCountRow(
                                b.municipalityId(),
                                null,
                                a.activities() + b.activities(),
                                a.green() + b.green(),
                                a.yellow() + b.yellow(),
                                a.red() + b.red()));
    }

    private static List<Verdict> verdicts(Map<String, LegendEntry> legend, FieldCountRow count) {
        return List.of(
                verdict(legend, "GREEN", count.green()),
                verdict(legend, "YELLOW", count.yellow()),
                verdict(legend, "RED", count.red()));
    }

    private static Verdict verdict(Map<String, LegendEntry> legend, String status, long count) {
        LegendEntry words = legend == null ? null : legend.get(status);
        return new Verdict(status, words == null ? null : words.label(), words == null ? null : words.symbol(), count);
    }
}
