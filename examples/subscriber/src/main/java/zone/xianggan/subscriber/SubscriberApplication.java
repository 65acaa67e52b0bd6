package zone.xianggan.subscriber;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * An agency's copy of the zone's units and reported values, in PostgreSQL tables of its own, kept up to date from the
 * zone's topics: {@code registry.counties.v1} and {@code indicators.values.v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SubscriberApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubscriberApplication.class, args);
    }
}
