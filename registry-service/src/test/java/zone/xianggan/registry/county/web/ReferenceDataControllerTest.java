package zone.xianggan.registry.county.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import zone.xianggan.registry.RegistryWebSlice;
import zone.xianggan.registry.Units;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@RegistryWebSlice
class ReferenceDataControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReadingCounties reading;

    @Test
    void theProvincesAreListed() {
        given(reading.provinces()).willReturn(List.of(Units.JIANGXI, Units.HUNAN));

        assertThat(mvc.get().uri("/api/v1/provinces").with(SliceTokens.as(Callers.JIANGXI_DRC))).hasStatusOk()
                .bodyJson().extractingPath("$[*].code").isEqualTo(List.of("360000", "430000"));
    }

    @Test
    void aPageThatIsNotTheLastLinksToTheNext() {
        given(reading.prefectures()).willReturn(List.of(Units.CHANGSHA, Units.ZHUZHOU));

        assertThat(mvc.get().uri("/api/v1/prefectures?limit=1").with(SliceTokens.as(Callers.JIANGXI_DRC)))
                .hasStatusOk().headers().hasHeaderSatisfying(HttpHeaders.LINK, links -> assertThat(links.getFirst())
                        .startsWith("</api/v1/prefectures?limit=1&cursor=").endsWith(">; rel=\"next\""));
    }

    @Test
    void aCursorTheRegistryDidNotGiveIsRefusedNamingIt() {
        assertThat(mvc.get().uri("/api/v1/provinces?cursor=!!").with(SliceTokens.as(Callers.JIANGXI_DRC)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("cursor");
        verifyNoInteractions(reading);
    }
}
