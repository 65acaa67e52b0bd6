package zone.xianggan.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test application a data directory of its own under {@code target/test-data}, as zone-test-support
 * gives it a database of its own: the credentials file and identity-service's Kafka client secret land there.
 */
public class FreshDataDirectoryContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new FreshDataDirectory();
    }

    private static final class FreshDataDirectory implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path directory = Path.of("target", "test-data", config.getTestClass().getSimpleName() + "-"
                    + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-test-data-dir",
                    Map.of("zone.data-dir", directory.toString())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDataDirectory;
        }

        @Override
        public int hashCode() {
            return FreshDataDirectory.class.hashCode();
        }
    }
}
