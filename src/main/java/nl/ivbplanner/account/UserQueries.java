package nl.ivbplanner.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users list and one user's page, each one statement with the municipality's name and the lock. */
@Repository
class UserQueries {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.role, u.municipality_id, m.name as municipality,
                   u.enabled, u.must_change_password, coalesce(u.locked_until > :now, false) as locked, u.version
            from app_user u left join municipality m on m.id = u.municipality_id
            """;

    private final JdbcClient jdbc;

    UserQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The users matching every given filter (null: no filter), by name: text in the name or user name, anywhere and
     * ignoring case; a municipality id; a role. {@code onlyMunicipality} limits the list to one municipality's users
     * (a municipality's administrator), null shows all.
     */
    List<UserRow> search(String text, Long municipalityId, String role, Long onlyMunicipality) {
        String pattern = text == null ? null : "%" + escaped(text.strip().toLowerCase()) + "%";
        return jdbc.sql(SELECT + """
                where (cast(:pattern as text) is null
                       or lower(u.display_name) like :pattern escape '\\' or u.username like :pattern escape '\\')
                  and (cast(:municipality as bigint) is null or u.municipality_id = :municipality)
                  and (cast(:role as text) is null or u.role = :role)
                  and (cast(:only as bigint) is null or u.municipality_id = :only)
                order by lower(u.display_name), u.username""")
                .param("now", OffsetDateTime.now())
                .param("pattern", pattern)
                .param("municipality", municipalityId)
                .param("role", role)
                .param("only", onlyMunicipality)
                .query(UserRow.class)
                .list();
    }

    Optional<UserRow> one(long id) {
        return jdbc.sql(SELECT + "where u.id = :id")
                .param("now", OffsetDateTime.now())
                .param("id", id)
                .query(UserRow.class)
                .optional();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A user as the administrator's pages show them; locked: too many wrong passwords in a row, for a while. */
    record UserRow(
            long id,
            String username,
            String displayName,
            String email,
            String role,
            Long municipalityId,
            String municipality,
            boolean enabled,
            boolean mustChangePassword,
            boolean locked,
            long version) {}
}
