package nl.ivbplanner.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of published versions (the lists of them: {@link PublishedLists}). Rows are only ever inserted (the database refuses updates); reads of a version's
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
