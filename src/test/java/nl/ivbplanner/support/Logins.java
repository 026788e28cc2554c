package nl.ivbplanner.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as one of the demo accounts, as the real login would. */
public final class Logins {

    private Logins() {}

    public static RequestPostProcessor as(JdbcClient jdbc, String username) {
        return user(principal(jdbc, username));
    }

    /** The demo account as the real login makes it its principal. */
    public static SignedInUser principal(JdbcClient jdbc, String username) {
        return jdbc.sql("""
                select id, username, display_name, role, municipality_id from app_user where username = ?""")
                .param(username)
                .query((rs, row) -> new SignedInUser(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("municipality_id"),
                        "",
                        true,
                        false))
                .single();
    }
}
