package zone.xianggan.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Testcontainers test: it runs where a Docker engine answers and is skipped, with one line saying so, where
 * none does. Name such classes {@code *ContainersIT}: the build runs them apart, with their output on the console.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DockerCondition.class)
public @interface EnabledWithDocker {
}
