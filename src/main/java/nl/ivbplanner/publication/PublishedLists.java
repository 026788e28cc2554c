package nl.ivbplanner.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published versions as lists show them: on a plan's page and on a municipality's public index. Never their bytes. */
@Repository
class PublishedLists {

    private static final String LISTED = """
            select v.plan_id, p.year, f.slug as framework_slug, v.document, v.number, v.kind, v.decided_on, v.title,
                   v.published_by, v.published_at, v.docx_sha256 is not null as has_docx
            from publication v
            join execution_plan p on p.id = v.plan_id
            join policy_framework f on f.id = p.framework_id
            """;

    private final JdbcClient jdbc;

    PublishedLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan's versions as lists show them: per document, newest first (a council rendering shares its number). */
    List<PublishedVersion> ofPlan(long planId) {
        return jdbc.sql(LISTED + "where v.plan_id = ? and v.audience = 'PUBLIC' order by v.document, v.number desc")
                .param(planId)
                .query(PublishedVersion.class)
                .list();
    }

    /** The municipality's name, if it publishes for anyone. */
    Optional<String> publishingMunicipality(String slug) {
        return jdbc.sql("select name from municipality where slug = ? and publish_publicly")
                .param(slug)
                .query(String.class)
                .optional();
    }

    /**
     * The municipality's adopted frameworks (a concept is its staff's), each with its adopted and evaluated plans (none:
     * one row without a plan).
     */
    List<PublicIndex.Row> publicPlans(String municipalitySlug) {
        return jdbc.sql("""
                select f.id as framework_id, f.slug as framework_slug, f.title as framework_title, f.first_year,
                       f.last_year, p.id as plan_id, p.year, p.title, p.state
                from policy_framework f
                join municipality m on m.id = f.municipality_id
                left join execution_plan p on p.framework_id = f.id and p.state <> 'CONCEPT'
                where m.slug = ? and f.state <> 'CONCEPT'
                order by f.first_year desc, f.id, p.year desc""")
                .param(municipalitySlug)
                .query(PublicIndex.Row.class)
                .list();
    }

    /** Every version of the municipality's plans, per plan newest first. */
    List<PublishedVersion> ofMunicipality(String municipalitySlug) {
        return jdbc.sql(LISTED + """
                join municipality m on m.id = f.municipality_id
                where m.slug = ? and v.audience = 'PUBLIC' order by v.plan_id, v.document, v.number desc""")
                .param(municipalitySlug)
                .query(PublishedVersion.class)
                .list();
    }
}
