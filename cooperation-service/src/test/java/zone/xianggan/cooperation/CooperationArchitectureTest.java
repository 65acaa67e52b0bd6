package zone.xianggan.cooperation;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.ArchitectureRules;

class CooperationArchitectureTest {

    @Test
    void featuresKeepTheirLayersWithoutCycles() {
        ArchitectureRules.check("zone.xianggan.cooperation");
    }
}
