package nl.ivbplanner.support;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.IvbPlannerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance of the application in this JVM, on its own random port, against a database it shares with other
 * instances: as one container of docker-compose's app1 and app2. Demo accounts with the tests' password; no backups
 * (those are of an embedded database only).
 */
public final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts an instance on the database at the JDBC URL; each extra argument is a setting as on a command line
     * ({@code --name=value}). Command-line arguments, so that they win over environment variables a CI machine may
     * have (SPRING_DATASOURCE_URL).
     */
    public static AppInstance start(String jdbcUrl, String username, String password, String... extra) {
        return start(List.of(), jdbcUrl, username, password, extra);
    }

    /**
     * As {@link #start(String, String, String, String...)}, with test configurations added to the application's own
     * (a bean that catches what the instance would send, for example).
     */
    public static AppInstance start(
            List<Class<?>> testConfigurations, String jdbcUrl, String username, String password, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--ivb.demo-accounts.enabled=true",
                "--ivb.demo-accounts.password=" + IvbIntegrationTest.DEMO_PASSWORD,
                "--ivb.backup.cron=-",
                "--ivb.backup.catch-up=false"));
        args.addAll(List.of(extra));
        List<Class<?>> sources = new ArrayList<>(List.of(IvbPlannerApplication.class));
        sources.addAll(testConfigurations);
        return new AppInstance(
                new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(args.toArray(String[]::new)));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public boolean isRunning() {
        return context.isActive();
    }

    /** Shuts the instance down as a stop does: gracefully, requests in progress are finished first. */
    @Override
    public void close() {
        context.close();
    }
}
