package io.camwarden.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the running server: real HTTP on a random port, real security, and a fresh database
 * (H2, or PostgreSQL in the surefire "postgres" execution, which runs every test tagged "db").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camwarden.admin-password=admin-password-1", "camwarden.data-dir=target/test-data",
                "logging.file.name=", "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("db")
public @interface CamWardenTest {
}
