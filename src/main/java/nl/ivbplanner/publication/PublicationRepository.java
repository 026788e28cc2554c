package nl.ivbplanner.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of published versions. Rows are only ever inserted (the database refuses updates); reads of a version's
 * metadata never carry its bytes, which are read on their own when a file is sent.
 */
@Repository
class PublicationRepository {

    private static final String STORED = """
            select v.id, m.id as municipality_id, m.publish_publicly, m.slug as municipality_slug,
                   f.slug as framework_slug, p.year, v.document, v.number, v.audience, v.kind, v.html_sha256, v.pdf_sha256, v.docx_sha256,
                   v.style_sources
            from publication v
            join execution_plan p on p.id = v.plan_id
            join policy_framework f on f.id = p.framework_id
            join municipality m on m.id = f.municipality_id
            """;

    private static final String LISTED = """
            select v.plan_id, p.year, f.slug as framework_slug, v.document, v.number, v.kind, v.decided_on, v.title,
                   v.published_by, v.published_at, v.docx_sha256 is not null as has_docx
            from publication v
            join execution_plan p on p.id = v.plan_id
            join policy_framework f on f.id = p.framework_id
            """;

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextNumber(long planId, DocumentType document) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from publication where plan_id = ? and document = ?")
                .params(planId, document.name())
                .query(Integer.class)
                .single();
    }

    /** Empty when a version with that number was published meanwhile (two first reads of a seeded plan). */
    Optional<Long> insert(NewPublication version) {
        byte[] html = version.htmlBytes();
        Optional<Long> id = jdbc.sql("""
                insert into publication (plan_id, document, audience, kind, number, decided_on, title, html, html_sha256, pdf, pdf_sha256,
                                         docx, docx_sha256, style_sources, published_by, published_by_user_id)
                values (:plan, :document, :audience, :kind, :number, :decidedOn, :title, :html, :htmlSha256, :pdf, :pdfSha256,
                        :docx, :docxSha256, :styleSources, :publishedBy, :publishedByUserId)
                on conflict (plan_id, document, number, audience) do nothing
                returning id""")
                .param("plan", version.planId())
                .param("document", version.document().name())
                .param("audience", version.audience().name())
                .param("kind", version.kind().name())
                .param("number", version.number())
                .param("decidedOn", version.decidedOn())
                .param("title", version.title())
                .param("html", html)
                .param("htmlSha256", sha256(html))
                .param("pdf", version.pdf())
                .param("pdfSha256", sha256(version.pdf()))
                .param("docx", version.docx(), java.sql.Types.BINARY)
                .param("docxSha256", version.docx() == null ? null : sha256(version.docx()), java.sql.Types.CHAR)
                .param("styleSources", String.join(" ", version.styleSources()))
                .param("publishedBy", version.publishedBy())
                .param("publishedByUserId", version.publishedByUserId(), java.sql.Types.BIGINT)
                .query(Long.class)
                .optional();
        id.ifPresent(publication -> {
            for (LegendEntry entry : version.legend()) {
                jdbc.sql("""
                        insert into publication_legend (publication_id, status, label, symbol)
                        values (?, ?, ?, ?)""")
                        .params(publication, entry.status(), entry.label(), entry.symbol())
                        .update();
            }
        });
        return id;
    }

    /**
     * The newest version of the document published when the plan was in this state (adopted, or evaluated), in the
     * rendering for the audience: the council's where it has one of its own.
     */
    Optional<StoredVersion> newest(long planId, DocumentType document, PlanState kind, Audience audience) {
        return jdbc.sql(STORED + "where v.plan_id = ? and v.document = ? and v.kind = ?" + rendering(audience)
                        + " limit 1")
                .params(planId, document.name(), kind.name())
                .query(StoredVersion.class)
                .optional();
    }

    StoredVersion stored(long id) {
        return jdbc.sql(STORED + "where v.id = ?")
                .param(id)
                .query(StoredVersion.class)
                .single();
    }

    /** Waits for, then holds until commit, the plan's row: one publisher at a time per plan. */
    void lockPlan(long planId) {
        jdbc.sql("select id from execution_plan where id = ? for update")
                .param(planId)
                .query(Long.class)
                .single();
    }

    Optional<StoredVersion> version(VersionAddress address, Audience audience) {
        PlanAddress plan = address.plan();
        return jdbc.sql(STORED + "where m.slug = ? and f.slug = ? and p.year = ? and v.document = ? and v.number = ?"
                        + rendering(audience) + " limit 1")
                .params(
                        plan.municipality(),
                        plan.framework(),
                        plan.year(),
                        address.document().name(),
                        address.number())
                .query(StoredVersion.class)
                .optional();
    }

    /** Null when the version has no such file. */
    byte[] bytes(long id, PublishedFile file) {
        return jdbc.sql("select " + file.column + " from publication where id = ?")
                .param(id)
                .query((rs, row) -> rs.getBytes(1))
                .single();
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

    /**
     * Which rendering a reader gets, newest version first: anyone the public one; a council member the council's,
     * where the version has one (it shares the public one's number), else the public one.
     */
    private static String rendering(Audience audience) {
        return audience == Audience.PUBLIC
                ? " and v.audience = 'PUBLIC' order by v.number desc"
                : " order by v.number desc, v.audience = 'COUNCIL' desc";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
