package zone.xianggan.indicators.catalogue.web;

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

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.indicators.catalogue.application.DefiningIndicator;
import zone.xianggan.indicators.catalogue.application.IndicatorSnapshots;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.application.RetiringIndicator;
import zone.xianggan.indicators.catalogue.application.RevisingIndicator;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.change.ChangesSince;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.web.HistoryEntryView;
import zone.xianggan.platform.web.IfMatch;
import zone.xianggan.platform.web.Pages;
import zone.xianggan.platform.web.VersionedResponses;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "The indicator catalogue; ETag is an indicator's version, and changes need "
        + "If-Match. The zone office alone changes it (scope catalogue.manage). Every change is published on "
        + "indicators.catalogue.v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IndicatorController {

    private final ReadingCatalogue reading;
    private final DefiningIndicator defining;
    private final RevisingIndicator revising;
    private final RetiringIndicator retiring;

    @GetMapping
    @Operation(summary = "The catalogue, optionally filtered by plan area, status and periodicity. With "
            + "updatedAfter: only the indicators changed since, retired ones included, by change time then code")
    ResponseEntity<List<IndicatorSnapshot>> list(PageRequest page,
            @RequestParam(required = false) PlanArea planArea,
            @RequestParam(required = false) IndicatorStatus status,
            @RequestParam(required = false) Periodicity periodicity,
            @Parameter(description = "Only indicators whose last change (changedAt) is strictly after this ISO-8601 "
                    + "instant, e.g. 2026-12-07T08:00:00Z: a catch-up (docs/catch-up.md)")
            @RequestParam(required = false) String updatedAfter) {
        ChangesSince since = Pages.changesSince(updatedAfter);
        List<IndicatorSnapshot> indicators = reading.list(planArea, status, periodicity).stream()
                .map(IndicatorSnapshots::of).toList();
        return Pages.ofItemsOrChanges(indicators, since, IndicatorSnapshot::changedAt,
                IndicatorSnapshot::code, page);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One indicator, retired or not")
    ResponseEntity<IndicatorSnapshot> get(@PathVariable String code) {
        return withETag(reading.get(IndicatorCode.parse("code", code)));
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Every change of an indicator: who, when, what and why")
    ResponseEntity<List<HistoryEntryView>> history(@PathVariable String code, PageRequest page) {
        return HistoryEntryView.page(reading.history(IndicatorCode.parse("code", code)), page);
    }

    @PostMapping
    @Operation(summary = "Add an indicator; published as zone.indicators.indicator.defined.v1")
    ResponseEntity<IndicatorSnapshot> define(@RequestBody DefineIndicatorRequest request, Caller caller) {
        Indicator indicator = defining.define(request.toCommand(), caller);
        return VersionedResponses.created(URI.create("/api/v1/indicators/" + indicator.code()), indicator.version(),
                IndicatorSnapshots.of(indicator));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change an indicator's definition against the version read (If-Match); its unit and "
            + "periodicity are fixed once values are reported")
    ResponseEntity<IndicatorSnapshot> revise(@PathVariable String code, @RequestBody ReviseIndicatorRequest request,
            IfMatch ifMatch, Caller caller) {
        String indicatorCode = IndicatorCode.parse("code", code);
        long expected = ifMatch.version();
        request.requireCodeOf(indicatorCode);
        return withETag(revising.revise(indicatorCode, expected, request.toCommand(indicatorCode), request.status(),
                caller));
    }

    @PostMapping("/{code}/retirement")
    @Operation(summary = "Retire an indicator: it keeps its values and history and takes no new reports; nothing "
            + "is ever deleted")
    ResponseEntity<IndicatorSnapshot> retire(@PathVariable String code, @RequestBody RetireIndicatorRequest request,
            IfMatch ifMatch, Caller caller) {
        String indicatorCode = IndicatorCode.parse("code", code);
        return withETag(retiring.retire(indicatorCode, ifMatch.version(), request.reason(), caller));
    }

    private static ResponseEntity<IndicatorSnapshot> withETag(Indicator indicator) {
        return VersionedResponses.ok(indicator.version(), IndicatorSnapshots.of(indicator));
    }
}
