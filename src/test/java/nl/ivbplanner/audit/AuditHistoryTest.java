package nl.ivbplanner.audit;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ivbplanner.evaluation.EvaluationStatus;
import nl.ivbplanner.evaluation.StatusLegend;
import nl.ivbplanner.evaluation.StatusLegendRepository;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@IvbIntegrationTest
class AuditHistoryTest {

    @Autowired
    StatusLegendRepository legends;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void keepsEveryValueFromTheSeededBaselineOnWithTheUserWhoChangedIt() {
        long westland = jdbc.sql("select id from municipality where slug = 'westland'")
                .query(Long.class)
                .single();
        SignedInUser admin = new SignedInUser(1L, "beheerder", "Beheerder", Role.ADMIN, null, "", true, false);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));

        Long legendId = transactions.execute(status -> {
            StatusLegend yellow = legends.findByMunicipalityIdOrderByStatus(westland).stream()
                    .filter(l -> l.getStatus() == EvaluationStatus.YELLOW)
                    .findFirst()
                    .orElseThrow();
            yellow.relabel("Loopt door in 2023", "➜");
            return yellow.getId();
        });
        transactions.executeWithoutResult(
                status -> legends.findById(legendId).orElseThrow().relabel("Loopt door", "➜"));

        var history = jdbc.sql("""
                select a.label, r.username from status_legend_aud a join revinfo r on r.rev = a.rev
                where a.id = ? order by a.rev""")
                .param(legendId)
                .query((rs, row) -> rs.getString("label") + " door " + rs.getString("username"))
                .list();
        assertThat(history)
                .containsExactly(
                        "Loopt door door brondocument",
                        "Loopt door in 2023 door beheerder",
                        "Loopt door door beheerder");
    }
}
