package nl.ivbplanner.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of administrative actions: who did what, when, and about whom or what. Administrators read it on
 * {@code /beheer/logboek}, newest first. It depends on no feature package (only on Spring Security for the signed-in
 * user's name), so every feature may call it without a package cycle.
 */
@Component
public class AdminLog {

    /** The most lines the log page shows. */
    public static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    AdminLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an action of the signed-in user that concerns no single municipality (or all of them), e.g. a
     * municipality created. Same as {@link #record(AdminAction, Long, String, String)} with no municipality: only
     * global administrators read such lines.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AdminAction kind, String subject, String detail) {
        record(kind, null, subject, detail);
    }

    /**
     * Records an action of the signed-in user. Call it from the service method that performs the action, inside its
     * transaction (it refuses to run without one), after the change passed its checks: the line is then written if and
     * only if the action is, and a refused or rolled-back action leaves no line. Examples from other features:
     * {@code record(AdminAction.PUBLICATION_SWITCHED, municipality.getId(), municipality.getName(), "aan")},
     * {@code record(AdminAction.FRAMEWORK_ADOPTED, municipality.getId(), framework.getTitle(), "raad 12-03-2027")}.
     *
     * @param kind what was done; add a constant to {@link AdminAction} (and its label) for a new kind
     * @param municipalityId the municipality the action concerns, so that its own administrators see the line; null
     *     when it concerns none (then only global administrators see it)
     * @param subject about whom or what, as people read it: a user name, a municipality's or framework's name
     * @param detail what changed, in short (e.g. "ADVISOR → MANAGER"); may be null. Never a password.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AdminAction kind, Long municipalityId, String subject, String detail) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor =
                authentication != null && authentication.isAuthenticated() ? authentication.getName() : "systeem";
        jdbc.sql("""
                insert into admin_log (actor_id, actor_name, kind, municipality_id, subject, detail)
                values ((select id from app_user where username = :actor), :actor, :kind, :municipality, :subject,
                        :detail)""")
                .param("actor", actor)
                .param("kind", kind.name())
                .param("municipality", municipalityId)
                .param("subject", abbreviate(subject, 300))
                .param("detail", detail == null ? null : abbreviate(detail, 1000))
                .update();
    }

    /** The newest lines: all of them for a global administrator (null), else those about the one municipality. */
    @Transactional(readOnly = true)
    public List<Entry> newest(Long municipalityId) {
        return jdbc.sql("""
                select l.happened_at, l.actor_name, l.kind, l.subject, l.detail, m.name as municipality
                from admin_log l left join municipality m on m.id = l.municipality_id
                where cast(:municipality as bigint) is null or l.municipality_id = :municipality
                order by l.happened_at desc, l.id desc
                limit :limit""")
                .param("municipality", municipalityId)
                .param("limit", PAGE_SIZE)
                .query((rs, row) -> new Entry(
                        rs.getObject("happened_at", OffsetDateTime.class),
                        rs.getString("actor_name"),
                        rs.getString("kind"),
                        rs.getString("municipality"),
                        rs.getString("subject"),
                        rs.getString("detail")))
                .list();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** One line of the log; kind is an {@link AdminAction}'s name. */
    public record Entry(
            OffsetDateTime happenedAt, String actor, String kind, String municipality, String subject, String detail) {}
}
