package zone.xianggan.registry.county.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.OperationsPolicy;
import zone.xianggan.registry.RegistryWebSlice;
import zone.xianggan.registry.county.application.AnnouncingCounties;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@RegistryWebSlice
class AnnouncementControllerTest {

    private static final String ANNOUNCEMENT = "/api/v1/counties/announcement";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AnnouncingCounties announcing;

    @Test
    void theAnnouncementIsAcceptedWithTheNumberOfUnitsAnnounced() {
        given(announcing.announceAll(any())).willReturn(24);

        assertThat(mvc.post().uri(ANNOUNCEMENT).with(SliceTokens.as(Callers.ZONE_OPERATOR)))
                .hasStatus(HttpStatus.ACCEPTED).bodyJson().extractingPath("$.unitsAnnounced").isEqualTo(24);
    }

    @Test
    void theAnnouncementIsTheCallersRequest() {
        assertThat(mvc.post().uri(ANNOUNCEMENT).with(SliceTokens.as(Callers.ZONE_OPERATOR)))
                .hasStatus(HttpStatus.ACCEPTED);

        verify(announcing).announceAll(Callers.ZONE_OPERATOR);
    }

    @Test
    void anAgencyOtherThanTheOperatorIsForbiddenNamingTheRule() {
        given(announcing.announceAll(any())).willThrow(new NotPermittedException(OperationsPolicy.RULE));

        assertThat(mvc.post().uri(ANNOUNCEMENT).with(SliceTokens.as(Callers.ZONE_OFFICE)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo(OperationsPolicy.RULE);
    }

    @Test
    void anAnnouncementWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri(ANNOUNCEMENT)).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
