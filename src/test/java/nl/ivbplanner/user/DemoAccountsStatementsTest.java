package nl.ivbplanner.user;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo accounts are checked at every start: with 400 municipalities that is 1,201 accounts, so a start must not
 * run a statement per account. Runs in one transaction that is rolled back, so the shared database keeps its seeds.
 */
@IvbIntegrationTest
class DemoAccountsStatementsTest {

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aStartChecksTheDemoAccountsInTheSameFewStatementsWhateverTheNumberOfMunicipalities() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            demoAccounts.afterSingletonsInstantiated(); // whatever earlier tests left, the accounts are as wanted now
            int withTheSeeds = count();

            jdbc.sql("""
                    insert into municipality (slug, name, cbs_code, safety_region)
                    select 'proef-' || n, 'Proefgemeente ' || n, 'GM' || (7000 + n), 'Proefregio'
                    from generate_series(1, 40) n""").update();
            demoAccounts.afterSingletonsInstantiated();
            assertThat(jdbc.sql("select count(*) from app_user where demo and enabled and username like '%.proef-%'")
                            .query(Long.class)
                            .single())
                    .as("an advisor, a manager and a council member for each new municipality")
                    .isEqualTo(120);

            assertThat(count()).as("statements with 40 more municipalities").isEqualTo(withTheSeeds);
            assertThat(withTheSeeds)
                    .as("the municipalities and the accounts, each read once")
                    .isEqualTo(2);
        });
    }

    private int count() {
        try {
            return counter.count(demoAccounts::afterSingletonsInstantiated);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
