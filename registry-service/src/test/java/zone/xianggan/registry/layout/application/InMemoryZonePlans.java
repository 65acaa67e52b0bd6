package zone.xianggan.registry.layout.application;

import java.util.Optional;

import zone.xianggan.registry.layout.model.ZonePlan;

/** The zone's plan in memory: none until one is inserted. */
class InMemoryZonePlans implements ZonePlans {

    private ZonePlan plan;

    @Override
    public Optional<ZonePlan> current() {
        return Optional.ofNullable(plan);
    }

    @Override
    public void insert(ZonePlan plan) {
        this.plan = plan;
    }
}
