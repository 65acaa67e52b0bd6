package zone.xianggan.identity;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.ArchitectureRules;

class IdentityArchitectureTest {

    @Test
    void featuresKeepTheirLayersWithoutCycles() {
        ArchitectureRules.check("zone.xianggan.identity");
    }
}
