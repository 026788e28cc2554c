package nl.ivbplanner.backup;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.ivbplanner.database.EmbeddedPostgresServer;
import nl.ivbplanner.support.IvbOwnDatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The administrators' backup page: a failed backup is logged, recorded and shown until a backup succeeds; the button
 * makes a backup (once per page shown) and logs it; old backups go; only global administrators get the page.
 */
@IvbOwnDatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class BackupAdminPageTest {

    @Autowired
    ObjectProvider<BackupService> backups;

    @Autowired
    ObjectProvider<EmbeddedPostgresServer> server;

    @Autowired
    BackupRuns runs;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path temp;

    @BeforeEach
    void onlyWithTheEmbeddedDatabase() {
        assumeTrue(backups.getIfAvailable() != null, "backups are made of the embedded database only");
    }

    @Test
    void aFailedBackupIsLoggedRecordedAndShownUntilTheButtonMakesOne(CapturedOutput output) throws Exception {
        // a regular file where the backup directory should be
        Path blocked = Files.writeString(temp.resolve("back-ups"), "geen map");
        BackupService failing = new BackupService(server.getObject(), runs, clock, blocked, false, 14);

        BackupRun failed = failing.backUp(NightlyBackup.SYSTEM);

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.errorMessage()).contains("FileAlreadyExistsException").contains(blocked.toString());
        assertThat(runs.latest().map(BackupRun::errorMessage)).contains(failed.errorMessage());
        assertThat(output.getOut()).contains("ERROR").contains("Backup into " + blocked + " failed");
        Document page = page();
        assertThat(page.select("[role=alert]#back-up-mislukt").text())
                .contains("mislukt")
                .contains("systeem")
                .contains("FileAlreadyExistsException");

        long attempts = runs.attempts();
        MvcResult pressed = mvc.perform(post("/beheer/back-ups")
                        .param("version", page.select("input[name=version]").val())
                        .with(csrf())
                        .with(as(jdbc, "beheerder")))
                .andReturn();

        assertThat(pressed.getResponse().getRedirectedUrl()).isEqualTo("/beheer/back-ups");
        assertThat(runs.attempts()).isEqualTo(attempts + 1);
        BackupRun made = runs.latest().orElseThrow();
        assertThat(made.succeeded()).isTrue();
        assertThat(made.startedBy()).isEqualTo("beheerder");
        assertThat(backups.getObject().directory().resolve(made.fileName())).exists();
        assertThat(jdbc.sql("select count(*) from admin_log where kind = 'BACKUP_MADE' and subject = :file")
                        .param("file", made.fileName())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Document after = page();
        assertThat(after.select("[role=alert]")).isEmpty();
        assertThat(after.select("#laatste-back-up").text())
                .contains(made.fileName())
                .contains("MB");
        assertThat(after.select("table code").eachText()).contains(made.fileName());
    }

    @Test
    void aPressFromAPageThatIsNoLongerCurrentMakesNoSecondBackup() throws Exception {
        String version = page().select("input[name=version]").val();
        backups.getObject().backUp("beheerder");
        long attempts = runs.attempts();

        MvcResult pressedAgain = mvc.perform(post("/beheer/back-ups")
                        .param("version", version)
                        .with(csrf())
                        .with(as(jdbc, "beheerder")))
                .andReturn();

        assertThat(pressedAgain.getResponse().getStatus()).isEqualTo(200);
        assertThat(pressedAgain.getResponse().getContentAsString()).contains("Er is geen back-up gemaakt");
        assertThat(runs.attempts()).isEqualTo(attempts);
    }

    @Test
    void aSuccessRemovesBackupsOlderThanTheKeepingPeriodOnly() throws Exception {
        Path directory = backups.getObject().directory();
        Files.createDirectories(directory);
        Instant now = Instant.now();
        Path old = aged(directory.resolve("ivb-backup-2026-01-01T02-30-00.zip"), now.minus(Duration.ofDays(15)));
        Path recent = aged(directory.resolve("ivb-backup-2026-01-02T02-30-00.zip"), now.minus(Duration.ofDays(13)));
        Path other = aged(directory.resolve("notities.txt"), now.minus(Duration.ofDays(30)));

        assertThat(backups.getObject().backUp("beheerder").succeeded()).isTrue();

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
        Files.delete(recent);
        Files.delete(other);
    }

    @Test
    void onlyGlobalAdministratorsGetThePage() throws Exception {
        for (String username : new String[] {"manager.wassenaar", "adviseur.wassenaar", "raadslid.rijswijk"}) {
            assertThat(mvc.perform(get("/beheer/back-ups").with(as(jdbc, username)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(username)
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/beheer/back-ups"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(Jsoup.parse(mvc.perform(get("/beheer/gebruikers").with(as(jdbc, "beheerder")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("a[href=/beheer/back-ups]"))
                .hasSize(1);
    }

    private Document page() throws Exception {
        MvcResult result =
                mvc.perform(get("/beheer/back-ups").with(as(jdbc, "beheerder"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static Path aged(Path file, Instant modified) throws Exception {
        Files.writeString(file, "oud");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
