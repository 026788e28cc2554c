package nl.ivbplanner.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ivbplanner.user.PasswordRules;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The password rules, without Spring: length, user name, the shipped list of common passwords. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    @Test
    void twelveCharactersAtLeast() {
        assertThat(rules.problem("jan", "elf tekens!")).contains("password.rule.too-short");
        assertThat(rules.problem("jan", "twaalf teken")).isEmpty();
    }

    @Test
    void notTheUserNameInAnyCase() {
        assertThat(rules.problem("adviseur.wassenaar", "Adviseur.Wassenaar")).contains("password.rule.username");
    }

    @Test
    void notACommonPasswordInAnyCase() {
        assertThat(rules.problem("jan", "administrator")).contains("password.rule.common");
        assertThat(rules.problem("jan", "1Q2W3E4R5T6Y")).contains("password.rule.common");
        assertThat(rules.problem("jan", "drie groene fietsen")).isEmpty();
    }

    @Test
    void notLongerThanBcryptReads() {
        assertThat(rules.problem("jan", "é".repeat(37))).contains("password.rule.too-long");
        assertThat(rules.problem("jan", "e".repeat(72))).isEmpty();
    }

    @RepeatedTest(20)
    void temporaryPasswordsAlwaysPass() {
        String temporary = rules.temporaryPassword();
        assertThat(temporary).hasSize(16);
        assertThat(rules.problem("jan", temporary)).isEmpty();
    }
}
