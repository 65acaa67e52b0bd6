package zone.xianggan.identity.signingkey.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import zone.xianggan.identity.signingkey.application.PublishedKey;

@JsonInclude(JsonInclude.Include.NON_NULL)
record SigningKeyView(
        @Schema(description = "The key id, as the JWS header and the JWKS name it") String kid,
        Instant createdAt,
        @Schema(description = "When it stopped signing; absent for the active key") Instant retiredAt,
        @Schema(description = "When it leaves the JWKS: its last token has expired by then") Instant publishedUntil,
        boolean active) {

    static SigningKeyView of(PublishedKey key) {
        return new SigningKeyView(key.kid(), key.createdAt(), key.retiredAt(), key.publishedUntil(), key.active());
    }
}
