package nl.ivbplanner.database;

import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's beans are made when first needed (spring.main.lazy-initialization, for a shorter start), except the
 * database's: the migrations and Hibernate's model, validated against the schema, are made at the start, so that a
 * database that does not fit the entities still stops it. (Without ahead-of-time processing the repositories are made at
 * the start as well, deferred; ahead of time when first used. LazyBeansTest makes every one of them.)
 */
@Configuration(proxyBeanMethods = false)
class EagerDatabaseBeans {

    @Bean
    static LazyInitializationExcludeFilter databaseBeansAtStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(Flyway.class, EntityManagerFactory.class);
    }
}
