package zone.xianggan.registry.county.web;

import java.net.URI;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.events.registry.CountySnapshot;
import zone.xianggan.kernel.change.ChangesSince;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.CountyCode;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.platform.web.HistoryEntryView;
import zone.xianggan.platform.web.IfMatch;
import zone.xianggan.platform.web.Pages;
import zone.xianggan.platform.web.VersionedResponses;
import zone.xianggan.registry.county.application.CountySnapshots;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.registry.county.application.RegisteringCounty;
import zone.xianggan.registry.county.application.RetiringCounty;
import zone.xianggan.registry.county.application.RevisingCounty;
import zone.xianggan.registry.county.model.County;
import zone.xianggan.registry.county.model.CountyKind;
import zone.xianggan.registry.county.model.CountyStatus;

@RestController
@RequestMapping("/api/v1/counties")
@Tag(name = "Counties", description = "The zone's county-level units; ETag is a unit's version, and "
        + "changes need If-Match")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CountyController {

    private static final String UPDATED_AFTER_HELP = "Only units whose last change (changedAt) is strictly after this "
            + "ISO-8601 instant, e.g. 2026-12-07T08:00:00Z: a catch-up (docs/catch-up.md)";

    private final ReadingCounties reading;
    private final RegisteringCounty registering;
    private final RevisingCounty revising;
    private final RetiringCounty retiring;

    @GetMapping
    @Operation(summary = "Units, optionally filtered; cluster matches any spatial element id. With updatedAfter: "
            + "only the units changed since, retired ones included, by change time then code")
    ResponseEntity<List<CountySnapshot>> list(PageRequest page, @RequestParam(required = false) String province,
            @RequestParam(required = false) String prefecture, @RequestParam(required = false) String cluster,
            @RequestParam(required = false) CountyKind kind, @RequestParam(required = false) CountyStatus status,
            @Parameter(description = UPDATED_AFTER_HELP) @RequestParam(required = false) String updatedAfter) {
        if (province != null) {
            CountyCode.parse("province", province);
        }
        if (prefecture != null) {
            CountyCode.parse("prefecture", prefecture);
        }
        ChangesSince since = Pages.changesSince(updatedAfter);
        List<CountySnapshot> units = reading.list(province, prefecture, cluster, kind, status).stream()
                .map(CountySnapshots::of).toList();
        return Pages.ofItemsOrChanges(units, since, CountySnapshot::changedAt, CountySnapshot::code, page);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit, retired or not")
    ResponseEntity<CountySnapshot> get(@PathVariable String code) {
        return withETag(reading.get(CountyCode.parse("code", code)));
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Every change of a unit: who, when, what and why")
    ResponseEntity<List<HistoryEntryView>> history(@PathVariable String code, PageRequest page) {
        return HistoryEntryView.page(reading.history(CountyCode.parse("code", code)), page);
    }

    @PostMapping
    @Operation(summary = "Add a unit")
    ResponseEntity<CountySnapshot> register(@RequestBody RegisterCountyRequest request, Caller caller) {
        County county = registering.register(request.toCommand(), caller);
        return VersionedResponses.created(URI.create("/api/v1/counties/" + county.code()), county.version(),
                CountySnapshots.of(county));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Correct a unit's names or kind")
    ResponseEntity<CountySnapshot> revise(@PathVariable String code, @RequestBody ReviseCountyRequest request,
            IfMatch ifMatch, Caller caller) {
        CountyCode countyCode = CountyCode.parse("code", code);
        return withETag(revising.revise(countyCode, ifMatch.version(), request.toCommand(), caller));
    }

    @PostMapping("/{code}/retirement")
    @Operation(summary = "Retire a unit, naming its successor where there is one")
    ResponseEntity<CountySnapshot> retire(@PathVariable String code, @RequestBody RetireCountyRequest request,
            IfMatch ifMatch, Caller caller) {
        CountyCode countyCode = CountyCode.parse("code", code);
        return withETag(retiring.retire(countyCode, ifMatch.version(), request.toCommand(), caller));
    }

    private static ResponseEntity<CountySnapshot> withETag(County county) {
        return VersionedResponses.ok(county.version(), CountySnapshots.of(county));
    }
}
