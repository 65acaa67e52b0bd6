package zone.xianggan.cooperation;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.ArchitectureRules;

class CooperationArchitectureTest {

    @Test
    void featuresKeepTheirLayersAndDoNotDependOnEachOtherInACycle() {
        ArchitectureRules.check("zone.xianggan.cooperation");
    }
}
