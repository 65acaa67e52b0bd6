package zone.xianggan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class BearerTokensTest {

    private final BearerTokens tokens = new BearerTokens();

    @Test
    void takesTheTokenOfABearerAuthorization() {
        assertThat(tokens.resolve(request("Bearer eyJhbGciOi.eyJzdWIi.c2ln-_~+/=="))).isEqualTo(
                "eyJhbGciOi.eyJzdWIi.c2ln-_~+/==");
        assertThat(tokens.resolve(request("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void anotherSchemeOrNoneIsNoBearerToken() {
        assertThat(tokens.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
        assertThat(tokens.resolve(new MockHttpServletRequest())).isNull();
    }

    @Test
    void aTokenWithCharactersRfc6750DoesNotAllowIsRefused() {
        for (String malformed : new String[] { "Bearer ", "Bearer abc def", "Bearer abc\"", "Bearer ===",
                "Bearer a=b" }) {
            assertThatThrownBy(() -> tokens.resolve(request(malformed)))
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);
        return request;
    }
}
