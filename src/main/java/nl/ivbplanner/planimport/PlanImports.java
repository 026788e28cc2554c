package nl.ivbplanner.planimport;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uploads of a plan: kept from the preview until applied, then the plan's import history (table plan_import). */
@Repository
class PlanImports {

    private final JdbcClient jdbc;

    PlanImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An upload waiting for its confirmation. */
    record Open(long id, String fileName, ImportFile.Kind fileKind, byte[] content, OffsetDateTime uploadedAt) {}

    /** An applied import, as the history lists it. */
    record Applied(
            String fileName,
            ImportFile.Kind fileKind,
            long sizeBytes,
            String sha256,
            String appliedBy,
            OffsetDateTime appliedAt,
            int added,
            int changed,
            int removed) {}

    /** Keeps the upload; the user's earlier uploads to the plan that were never applied go. */
    long keep(long planId, ImportFile file, String user) {
        jdbc.sql("delete from plan_import where plan_id = ? and uploaded_by = ? and applied_at is null")
                .params(planId, user)
                .update();
        return jdbc.sql("""
                insert into plan_import (plan_id, file_name, file_kind, size_bytes, sha256, content, uploaded_by,
                                         uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, now()) returning id""")
                .params(
                        planId,
                        file.name(),
                        file.kind().name(),
                        file.content().length,
                        Fingerprint.sha256(file.content()),
                        file.content(),
                        user)
                .query(Long.class)
                .single();
    }

    /** The user's own upload to this plan that is not applied yet. */
    Optional<Open> open(long id, long planId, String user) {
        return jdbc.sql("""
                select id, file_name, file_kind, content, uploaded_at from plan_import
                where id = ? and plan_id = ? and uploaded_by = ? and applied_at is null""").params(id, planId, user).query(Open.class).optional();
    }

    void applied(long id, String user, int added, int changed, int removed) {
        jdbc.sql("""
                update plan_import set content = null, applied_by = ?, applied_at = now(), added = ?, changed = ?,
                       removed = ?
                where id = ? and applied_at is null""").params(user, added, changed, removed, id).update();
    }

    List<Applied> history(long planId) {
        return jdbc.sql("""
                select file_name, file_kind, size_bytes, sha256, applied_by, applied_at, added, changed, removed
                from plan_import where plan_id = ? and applied_at is not null order by applied_at desc, id desc""").param(planId).query(Applied.class).stream()
                .map(a -> new Applied(
                        a.fileName(),
                        a.fileKind(),
                        a.sizeBytes(),
                        a.sha256(),
                        a.appliedBy(),
                        DutchTime.of(a.appliedAt()),
                        a.added(),
                        a.changed(),
                        a.removed()))
                .toList();
    }
}
