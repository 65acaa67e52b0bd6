package zone.xianggan.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every zone service shares (producer durability, consumer start position, actuator exposure), added
 * with the lowest precedence so that a service's own configuration and the environment override any of them.
 */
public class ZoneDefaults implements EnvironmentPostProcessor {

    private static final String RESOURCE = "zone-platform-defaults.properties";
    private static final String DATA_DIR = "zone.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("zone-platform-defaults", new ClassPathResource(RESOURCE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        absoluteDataDir(environment);
    }

    /** H2 refuses a file path that is implicitly relative, so {@code ZONE_DATA_DIR=data} is made absolute here. */
    private static void absoluteDataDir(ConfigurableEnvironment environment) {
        String dataDir = environment.getProperty(DATA_DIR);
        if (dataDir != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("zone-data-dir",
                    Map.of(DATA_DIR, Path.of(dataDir).toAbsolutePath().normalize().toString())));
        }
    }
}
