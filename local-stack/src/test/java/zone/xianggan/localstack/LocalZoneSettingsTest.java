package zone.xianggan.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalZoneSettingsTest {

    private final LocalZoneSettings settings = LocalZoneSettings.fromEnvironment(Map.of(
            "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/zone_",
            "ZONE_OUTBOX_BATCH_SIZE", "200",
            "ZONE_KAFKA_PARTITIONS", "6"));

    @Test
    void aServiceGetsItsOwnDatabase() {
        assertThat(settings.serviceEnvironment(ServiceProcess.Kind.INDICATORS))
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/zone_indicators")
                .containsEntry("ZONE_OUTBOX_BATCH_SIZE", "200");
    }

    @Test
    void theDashboardGetsNoDatabaseOrOutbox() {
        assertThat(settings.serviceEnvironment(ServiceProcess.Kind.DASHBOARD))
                .containsOnlyKeys("ZONE_KAFKA_PARTITIONS");
    }
}
