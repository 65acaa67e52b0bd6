package zone.xianggan.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The zone at a glance: pages for the zone office and the agencies, fed by the services' APIs and events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZoneDashboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZoneDashboardApplication.class, args);
    }
}
