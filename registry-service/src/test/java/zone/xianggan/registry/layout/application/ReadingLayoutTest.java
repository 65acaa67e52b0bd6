package zone.xianggan.registry.layout.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.application.CountyFeature;
import zone.xianggan.registry.county.application.InMemoryCounties;
import zone.xianggan.registry.county.application.InMemoryReferenceData;
import zone.xianggan.registry.layout.model.ElementKind;
import zone.xianggan.registry.layout.model.SpatialElement;

class ReadingLayoutTest {

    private final InMemorySpatialElements elements = new InMemorySpatialElements();
    private final InMemoryCounties counties = new InMemoryCounties();
    private final ReadingLayout reading = new ReadingLayout(elements,
            CountyFeature.reading(counties, new InMemoryReferenceData()));

    @BeforeEach
    void twoElementsOneWithARetiredMember() {
        elements.insert(new SpatialElement("jinggangshan-core", ElementKind.CORE, "井冈山核心区", "Jinggangshan core",
                null, 1, Units.SEEDED_AT));
        elements.insert(new SpatialElement(Units.JINGGANGSHAN_CLUSTER, ElementKind.CITY_CLUSTER, "城市群",
                "Youxian-Jinggangshan cluster", null, 1, Units.SEEDED_AT));
        counties.insert(Units.retired(Units.jinggangshan()));
    }

    @Test
    void theKindFilterKeepsElementsOfThatKind() {
        assertThat(reading.list(ElementKind.CITY_CLUSTER)).extracting(element -> element.element().id())
                .containsExactly(Units.JINGGANGSHAN_CLUSTER);
    }

    @Test
    void withoutAKindEveryElementIsListed() {
        assertThat(reading.list(null)).hasSize(2);
    }

    @Test
    void aRetiredMemberIsListedApartFromTheMembers() {
        ElementWithMembers cluster = reading.get(Units.JINGGANGSHAN_CLUSTER);

        assertThat(cluster.members()).isEmpty();
        assertThat(cluster.retiredMembers()).containsExactly("360881");
    }

    @Test
    void anUnknownElementIsNotFound() {
        assertThatThrownBy(() -> reading.get("nowhere")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theHistoryOfAnUnknownElementIsNotFound() {
        assertThatThrownBy(() -> reading.history("nowhere")).isInstanceOf(NotFoundException.class);
    }
}
