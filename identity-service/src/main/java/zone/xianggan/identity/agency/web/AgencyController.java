package zone.xianggan.identity.agency.web;

import java.net.URI;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.identity.agency.application.DisablingAgency;
import zone.xianggan.identity.agency.application.EnablingAgency;
import zone.xianggan.identity.agency.application.GrantingTopics;
import zone.xianggan.identity.agency.application.IssuedSecret;
import zone.xianggan.identity.agency.application.ReadingAgencies;
import zone.xianggan.identity.agency.application.RegisteringAgency;
import zone.xianggan.identity.agency.application.RotatingAgencySecret;
import zone.xianggan.identity.agency.model.AgencyAccount;
import zone.xianggan.identity.agency.model.AgencyId;
import zone.xianggan.identity.agency.model.AgencyRules;
import zone.xianggan.kernel.access.AgencyKind;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.web.HistoryEntryView;
import zone.xianggan.platform.web.IfMatch;
import zone.xianggan.platform.web.Pages;
import zone.xianggan.platform.web.VersionedResponses;

/**
 * The register of agencies. The rule is checked before the path, the headers or the use case are read, so that an
 * agency without the right learns nothing of the agencies but 403; a body that is not JSON of the request's shape is
 * refused (400) before that, as Spring reads it to call the method.
 */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "The zone's agencies as OAuth 2 clients: managed by the zone office (scope "
        + "agencies.manage), read by it and by the operator (zone.ops). ETag is an agency's version; changes need "
        + "If-Match. Secrets are shown once, in the answer that issues them, and stored only hashed.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyController {

    private final ReadingAgencies reading;
    private final RegisteringAgency registering;
    private final RotatingAgencySecret rotating;
    private final DisablingAgency disabling;
    private final EnablingAgency enabling;
    private final GrantingTopics granting;

    @GetMapping
    @Operation(summary = "Every agency, or those of one kind")
    ResponseEntity<List<AgencyView>> list(@RequestParam(required = false) AgencyKind kind, Caller caller,
            PageRequest page) {
        return Pages.of(reading.list(kind, caller).stream().map(AgencyView::of).toList(), AgencyView::id, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency; ETag is its version")
    ResponseEntity<AgencyView> get(@PathVariable String id, Caller caller) {
        AgencyRules.requireReader(caller.agency());
        return current(reading.get(agencyId(id), caller));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change of an agency: which agency made it and the person acting for it (X-Actor), "
            + "when, why and what")
    ResponseEntity<List<HistoryEntryView>> history(@PathVariable String id, Caller caller, PageRequest page) {
        AgencyRules.requireReader(caller.agency());
        return HistoryEntryView.page(reading.history(agencyId(id), caller), page);
    }

    @PostMapping
    @Operation(summary = "Register an agency; the answer holds its client secret, shown this once",
            description = "Scopes left out: every scope its kind may hold. A SERVICE agency is seeded with the zone, "
                    + "not registered.")
    ResponseEntity<AgencyView> register(@RequestBody RegisterAgencyRequest request, Caller caller) {
        AgencyRules.requireManager(caller.agency());
        IssuedSecret issued = registering.register(request.toRegistration(), request.reason(), caller);
        return showingTheSecretOnce(ResponseEntity.created(URI.create("/api/v1/agencies/" + issued.account().id())),
                issued);
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Give an agency a new client secret, shown this once",
            description = "The old secret stops working at once: the agency's next token request with it fails. "
                    + "Access tokens already issued with the old secret stay valid until they expire (a few minutes, "
                    + "zone.identity.token-lifetime), since every service verifies tokens locally.")
    ResponseEntity<AgencyView> rotateSecret(@PathVariable String id,
            @RequestBody(required = false) ReasonRequest request, IfMatch ifMatch, Caller caller) {
        IssuedSecret issued = rotating.rotate(managedBy(caller, id), ifMatch.version(),
                request == null ? null : request.reason(), caller);
        return showingTheSecretOnce(ResponseEntity.ok(), issued);
    }

    @PostMapping("/{id}/disablement")
    @Operation(summary = "Disable an agency: no new token, no Kafka rights",
            description = "Tokens it already holds stay valid until they expire. The zone's own services cannot be "
                    + "disabled, and no agency can disable itself.")
    ResponseEntity<AgencyView> disable(@PathVariable String id, @RequestBody ReasonRequest request,
            IfMatch ifMatch, Caller caller) {
        return current(disabling.disable(managedBy(caller, id), ifMatch.version(), request.reason(), caller));
    }

    @PostMapping("/{id}/enablement")
    @Operation(summary = "Enable a disabled agency again, with the secret it had")
    ResponseEntity<AgencyView> enable(@PathVariable String id, @RequestBody ReasonRequest request,
            IfMatch ifMatch, Caller caller) {
        return current(enabling.enable(managedBy(caller, id), ifMatch.version(), request.reason(), caller));
    }

    @PutMapping("/{id}/topics")
    @Operation(summary = "Set the event topics a subscriber may read (its Kafka ACLs follow)")
    ResponseEntity<AgencyView> topics(@PathVariable String id, @RequestBody TopicsRequest request,
            IfMatch ifMatch, Caller caller) {
        return current(granting.grant(managedBy(caller, id), ifMatch.version(), request.topics(), request.reason(),
                caller));
    }

    /** The agency of the path, for a change only the zone office makes: 403 before the path is even read. */
    private static String managedBy(Caller caller, String id) {
        AgencyRules.requireManager(caller.agency());
        return agencyId(id);
    }

    private static String agencyId(String id) {
        if (!AgencyId.isValid(id)) {
            throw new MalformedInputException(Violation.of("id", "must be " + AgencyId.FORM, id));
        }
        return id;
    }

    private static ResponseEntity<AgencyView> current(AgencyAccount account) {
        return VersionedResponses.ok(account.version(), AgencyView.of(account, null));
    }

    /** The only answers that carry a secret: no cache on the way may keep them. */
    private static ResponseEntity<AgencyView> showingTheSecretOnce(ResponseEntity.BodyBuilder response,
            IssuedSecret issued) {
        return response.eTag(Long.toString(issued.account().version())).cacheControl(CacheControl.noStore())
                .body(AgencyView.of(issued.account(), issued.clientSecret()));
    }
}
