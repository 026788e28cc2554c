package nl.ivbplanner.activity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who can answer for a municipality's activities: its advisors and managers whose accounts are switched on. */
@Component
public class ResponsiblePeople {

    private final JdbcClient jdbc;

    ResponsiblePeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Person(long id, String displayName) {}

    /** Whether the user can be chosen in the municipality. */
    public boolean isOne(long userId, long municipalityId) {
        return of(municipalityId).stream().anyMatch(p -> p.id() == userId);
    }

    /** The name of whoever answers for something, for the page that shows it; empty for nobody. */
    public String nameOf(Long userId) {
        return userId == null
                ? ""
                : jdbc.sql("select display_name from app_user where id = ?")
                        .param(userId)
                        .query(String.class)
                        .optional()
                        .orElse("");
    }

    public List<Person> of(long municipalityId) {
        return jdbc.sql("""
                        select id, display_name from app_user
                        where municipality_id = ? and role in ('ADVISOR', 'MANAGER') and enabled
                        order by display_name, id""").param(municipalityId).query(Person.class).list();
    }
}
