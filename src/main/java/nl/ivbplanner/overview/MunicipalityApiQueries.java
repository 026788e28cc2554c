package nl.ivbplanner.overview;

import java.util.List;
import java.util.Optional;
import nl.ivbplanner.api.Paging;
import nl.ivbplanner.framework.FrameworkKind;
import nl.ivbplanner.framework.FrameworkState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of the API's municipalities: a page of them, one of them, and its frameworks; one statement each. */
@Repository
class MunicipalityApiQueries {

    private static final String VISIBLE = "where m.publish_publicly or m.id = :own";

    private final JdbcClient jdbc;

    MunicipalityApiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipalities that publish, and the reader's own ({@code own} null for nobody's), by name. */
    List<MunicipalityRow> page(Long own, Paging paging) {
        return jdbc.sql("""
                select m.id, m.slug, m.name, m.cbs_code, m.safety_region, m.publish_publicly from municipality m
                """ + VISIBLE + " order by m.name, m.slug limit :limit offset :offset")
                .param("own", own)
                .param("limit", paging.paginaGrootte())
                .param("offset", paging.offset())
                .query(MunicipalityRow.class)
                .list();
    }

    long count(Long own) {
        return jdbc.sql("select count(*) from municipality m " + VISIBLE)
                .param("own", own)
                .query(Long.class)
                .single();
    }

    Optional<MunicipalityRow> bySlug(String slug) {
        return jdbc.sql("""
                select m.id, m.slug, m.name, m.cbs_code, m.safety_region, m.publish_publicly from municipality m
                where m.slug = ?""").param(slug).query(MunicipalityRow.class).optional();
    }

    /** The municipality's frameworks, newest period first; concepts only when asked for. */
    List<FrameworkRow> frameworks(long municipalityId, boolean withConcepts) {
        return jdbc.sql("""
                select f.slug, f.title, f.kind, f.first_year, f.last_year, f.state from policy_framework f
                where f.municipality_id = :municipality and (:withConcepts or f.state <> 'CONCEPT')
                order by f.first_year desc, f.title, f.id""")
                .param("municipality", municipalityId)
                .param("withConcepts", withConcepts)
                .query(FrameworkRow.class)
                .list();
    }

    record MunicipalityRow(
            long id, String slug, String name, String cbsCode, String safetyRegion, boolean publishPublicly) {}

    record FrameworkRow(
            String slug, String title, FrameworkKind kind, int firstYear, int lastYear, FrameworkState state) {}
}
