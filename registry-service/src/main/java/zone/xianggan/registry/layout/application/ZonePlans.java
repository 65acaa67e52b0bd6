package zone.xianggan.registry.layout.application;

import java.util.Optional;

import zone.xianggan.registry.layout.model.ZonePlan;

public interface ZonePlans {

    Optional<ZonePlan> current();

    void insert(ZonePlan plan);
}
