package zone.xianggan.identity;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.ArchitectureRules;

class IdentityArchitectureTest {

    @Test
    void featuresKeepTheirLayersAndDoNotDependOnEachOtherInACycle() {
        ArchitectureRules.check("zone.xianggan.identity");
    }
}
