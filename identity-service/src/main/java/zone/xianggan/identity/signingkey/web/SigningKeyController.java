package zone.xianggan.identity.signingkey.web;

import java.net.URI;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.identity.signingkey.application.PublishedKey;
import zone.xianggan.identity.signingkey.application.RotatingSigningKeys;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.platform.web.Pages;

@RestController
@RequestMapping("/api/v1/signing-keys")
@Tag(name = "Signing keys", description = "The keys that sign the zone's tokens, for the operator (an OPERATOR "
        + "agency, scope zone.ops). Private halves are never shown.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SigningKeyController {

    private final RotatingSigningKeys rotating;

    @GetMapping
    @Operation(summary = "Every key kept: the active one, and the retired ones until their tokens have expired")
    ResponseEntity<List<SigningKeyView>> list(Caller caller, PageRequest page) {
        return Pages.of(rotating.list(caller).stream().map(SigningKeyView::of).toList(), SigningKeyView::kid, page);
    }

    @GetMapping("/{kid}")
    @Operation(summary = "One key kept")
    SigningKeyView get(@PathVariable String kid, Caller caller) {
        return rotating.list(caller).stream().filter(key -> key.kid().equals(kid)).findFirst()
                .map(SigningKeyView::of).orElseThrow(() -> new NotFoundException("signing key", kid));
    }

    @PostMapping("/rotation")
    @Operation(summary = "Replace the signing key now",
            description = "New tokens are signed with the new key at once (on other instances within half the "
                    + "allowed clock skew). The old key stays in the JWKS until the last token it signed has expired, "
                    + "so no issued token stops verifying.")
    ResponseEntity<SigningKeyView> rotate(Caller caller) {
        PublishedKey key = rotating.rotate(caller);
        return ResponseEntity.created(URI.create("/api/v1/signing-keys/" + key.kid())).body(SigningKeyView.of(key));
    }
}
