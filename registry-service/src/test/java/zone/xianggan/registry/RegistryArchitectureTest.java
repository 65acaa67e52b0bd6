package zone.xianggan.registry;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.ArchitectureRules;

class RegistryArchitectureTest {

    @Test
    void featuresKeepTheirLayersAndDoNotDependOnEachOtherInACycle() {
        ArchitectureRules.check("zone.xianggan.registry");
    }
}
