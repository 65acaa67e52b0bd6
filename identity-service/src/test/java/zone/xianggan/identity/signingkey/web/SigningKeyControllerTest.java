package zone.xianggan.identity.signingkey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import zone.xianggan.identity.IdentityWebSlice;
import zone.xianggan.identity.signingkey.application.PublishedKey;
import zone.xianggan.identity.signingkey.application.RotatingSigningKeys;
import zone.xianggan.kernel.domain.NotPermittedException;
import zone.xianggan.kernel.domain.OperationsPolicy;
import zone.xianggan.testsupport.slice.Callers;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

@WebMvcTest
@BootstrapWith(WebSliceBootstrapper.class)
@IdentityWebSlice
class SigningKeyControllerTest {

    private static final String KEYS = "/api/v1/signing-keys";
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final PublishedKey OLD = new PublishedKey("old", Instant.parse("2026-01-30T08:00:00Z"), NOW,
            NOW.plusSeconds(360), false);
    private static final PublishedKey CURRENT = new PublishedKey("current", NOW, null, null, true);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RotatingSigningKeys rotating;

    @Test
    void theKeysAreListedAsTheUseCaseReadsThem() {
        given(rotating.list(Callers.ZONE_OPERATOR)).willReturn(List.of(OLD, CURRENT));

        assertThat(mvc.get().uri(KEYS).with(SliceTokens.as(Callers.ZONE_OPERATOR))).hasStatusOk()
                .bodyJson().extractingPath("$[*].kid").asArray().containsExactly("old", "current");
    }

    @Test
    void aRetiredKeyShowsWhenItLeavesTheJwks() {
        given(rotating.list(Callers.ZONE_OPERATOR)).willReturn(List.of(OLD, CURRENT));

        assertThat(mvc.get().uri(KEYS + "/old").with(SliceTokens.as(Callers.ZONE_OPERATOR))).hasStatusOk()
                .bodyJson().extractingPath("$.publishedUntil").isEqualTo("2026-03-01T08:06:00Z");
    }

    @Test
    void theActiveKeyShowsNoEndOfItsPublication() {
        given(rotating.list(Callers.ZONE_OPERATOR)).willReturn(List.of(OLD, CURRENT));

        assertThat(mvc.get().uri(KEYS + "/current").with(SliceTokens.as(Callers.ZONE_OPERATOR))).hasStatusOk()
                .bodyJson().doesNotHavePath("$.publishedUntil");
    }

    @Test
    void aKeyNoLongerKeptIsNotFound() {
        given(rotating.list(Callers.ZONE_OPERATOR)).willReturn(List.of(CURRENT));

        assertThat(mvc.get().uri(KEYS + "/old").with(SliceTokens.as(Callers.ZONE_OPERATOR)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.id").isEqualTo("old");
    }

    @Test
    void theListByAnAgencyOtherThanTheOperatorIsForbiddenNamingTheRule() {
        given(rotating.list(Callers.ZONE_OFFICE)).willThrow(new NotPermittedException(OperationsPolicy.RULE));

        assertThat(mvc.get().uri(KEYS).with(SliceTokens.as(Callers.ZONE_OFFICE)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo(OperationsPolicy.RULE);
    }

    @Test
    void aRotationIsTheCallersRequest() {
        given(rotating.rotate(Callers.ZONE_OPERATOR)).willReturn(CURRENT);

        assertThat(mvc.post().uri(KEYS + "/rotation").with(SliceTokens.as(Callers.ZONE_OPERATOR)))
                .hasStatus(HttpStatus.CREATED);

        verify(rotating).rotate(Callers.ZONE_OPERATOR);
    }

    @Test
    void theNewKeyIsCreatedAtItsAddress() {
        given(rotating.rotate(Callers.ZONE_OPERATOR)).willReturn(CURRENT);

        assertThat(mvc.post().uri(KEYS + "/rotation").with(SliceTokens.as(Callers.ZONE_OPERATOR)))
                .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, KEYS + "/current");
    }

    @Test
    void aRotationByAnAgencyOtherThanTheOperatorIsForbiddenNamingTheRule() {
        given(rotating.rotate(Callers.ZONE_OFFICE)).willThrow(new NotPermittedException(OperationsPolicy.RULE));

        assertThat(mvc.post().uri(KEYS + "/rotation").with(SliceTokens.as(Callers.ZONE_OFFICE)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo(OperationsPolicy.RULE);
    }

    @Test
    void theListWithoutATokenIsUnauthenticated() {
        assertThat(mvc.get().uri(KEYS)).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(rotating);
    }

    @Test
    void aRotationWithoutATokenIsUnauthenticated() {
        assertThat(mvc.post().uri(KEYS + "/rotation")).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(rotating);
    }

    @Test
    void theListWithoutTheReadScopeIsForbidden() {
        assertThat(mvc.get().uri(KEYS).with(SliceTokens.as(Callers.WITHOUT_SCOPES))).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(rotating);
    }
}
