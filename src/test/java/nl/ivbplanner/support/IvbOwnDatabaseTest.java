package nl.ivbplanner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link IvbIntegrationTest}, but on a second application context with its own throw-away database: for tests
 * that commit many writes from several threads (fuzzing, races) and cannot put the seeded data back, so that the
 * classes reading the shared database never see them. All classes with this annotation share that second context (the form fuzzing has a third, whose hostile values
 * would spoil the seeded plans these tests compare files with).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IvbIntegrationTest
@TestPropertySource(properties = "ivb.test.own-database=true")
public @interface IvbOwnDatabaseTest {}
