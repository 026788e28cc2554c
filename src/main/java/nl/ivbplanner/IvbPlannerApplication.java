package nl.ivbplanner;

import java.nio.file.Path;
import java.util.Optional;
import nl.ivbplanner.backup.BackupRestore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IvbPlannerApplication {

    public static void main(String[] args) {
        // the restore command replaces the data directory, so it runs before Spring starts PostgreSQL on it
        Optional<Path> restore = BackupRestore.requested(args);
        if (restore.isPresent()) {
            System.exit(BackupRestore.run(restore.get(), args, System.out));
        }
        SpringApplication.run(IvbPlannerApplication.class, args);
    }
}
