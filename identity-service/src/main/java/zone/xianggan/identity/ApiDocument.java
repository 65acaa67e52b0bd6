package zone.xianggan.identity;

import java.time.Duration;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.info.Info;

/**
 * What the OpenAPI document says identity-service does, with the figures of its configuration. The title, version and
 * servers are the platform's, as every service's; how to call it (an agency's token from this issuer's token
 * endpoint, the {@code X-Actor} header) is zone-platform's {@code OpenAPI} bean.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    OpenApiCustomizer identityDescription(IssuerProperties properties) {
        String description = """
                The zone's OAuth 2.1 authorization server. Every caller of the zone is an agency (a unit's \
                government, a provincial DRC, the zone office, a subscriber, the operator, one of the zone's \
                services), registered here as an OAuth 2 client of the client-credentials grant: its agency id is \
                the client_id, its secret the client_secret.

                * `POST /oauth2/token` (grant_type=client_credentials; client_secret_basic or client_secret_post) \
                issues an RS256-signed JWT for audience `xianggan-zone`, valid %s, with the claims `sub` (the \
                agency id), `agency_kind`, `unit` or `province`, and `scope`. No `scope` parameter: every scope \
                the agency holds.
                * `GET /oauth2/jwks` publishes the signing keys (a retired key until its last token has expired); \
                `GET /.well-known/oauth-authorization-server` describes the issuer %s.
                * `/api/v1/agencies` is the register of agencies, managed by the zone office (scope \
                agencies.manage); `/api/v1/signing-keys` is the operator's (scope zone.ops).
                """.formatted(readable(properties.tokenLifetime()), properties.issuer());
        return openApi -> {
            if (openApi.getInfo() == null) {
                openApi.info(new Info());
            }
            openApi.getInfo().description(description);
        };
    }

    private static String readable(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toMinutes() > 0 ? duration.toMinutes() + " minutes"
                : duration.toSeconds() + " seconds";
    }
}
