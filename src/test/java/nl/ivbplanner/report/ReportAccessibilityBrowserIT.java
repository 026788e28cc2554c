package nl.ivbplanner.report;

import nl.ivbplanner.support.Chromium;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The council reports in real Chromium: axe finds no WCAG 2.1 A/AA violation. Lives here because the browser helper
 * is package-private to the browser tests.
 */
@IvbIntegrationTest
class ReportAccessibilityBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @BeforeEach
    void pointAtServer() {
        chromium.useServerPort(port);
    }

    @Test
    void theReportsAreAccessible() throws Exception {
        chromium.signIn("raadslid.wassenaar");
        chromium.open("/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/rapport");
        chromium.assertAccessible("report-evaluation");
        chromium.open("/gemeenten/wassenaar/kaders/ivb-2024-2027/rapport");
        chromium.assertAccessible("report-framework");
        chromium.signIn("adviseur.rijswijk");
        chromium.open("/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026/rapport");
        chromium.assertAccessible("report-plan-concept");
    }

    @Test
    void thePublicReportIsAccessibleWithoutSigningIn() throws Exception {
        chromium.driver.manage().deleteAllCookies();
        chromium.open("/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025");
        chromium.assertAccessible("report-public");
    }
}
