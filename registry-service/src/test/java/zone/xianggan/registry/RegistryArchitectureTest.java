package zone.xianggan.registry;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.ArchitectureRules;

class RegistryArchitectureTest {

    @Test
    void featuresKeepTheirLayersWithoutCycles() {
        ArchitectureRules.check("zone.xianggan.registry");
    }
}
