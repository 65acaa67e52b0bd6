package zone.xianggan.indicators;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.ArchitectureRules;

class IndicatorsArchitectureTest {

    @Test
    void featuresKeepTheirLayersWithoutCycles() {
        ArchitectureRules.check("zone.xianggan.indicators");
    }
}
