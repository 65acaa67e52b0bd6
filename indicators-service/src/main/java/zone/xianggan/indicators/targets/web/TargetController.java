package zone.xianggan.indicators.targets.web;

import java.math.BigDecimal;
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

import zone.xianggan.indicators.targets.application.AdoptingTarget;
import zone.xianggan.indicators.targets.application.ComparingUrbanization;
import zone.xianggan.indicators.targets.application.ReadingTargets;
import zone.xianggan.indicators.targets.application.TargetProgress;
import zone.xianggan.indicators.targets.model.Target;
import zone.xianggan.indicators.targets.model.UrbanizationComparison;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.kernel.plan.PlanArea;
import zone.xianggan.platform.web.IfMatch;
import zone.xianggan.platform.web.Pages;
import zone.xianggan.platform.web.VersionedResponses;

@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "The plan's 2025 and 2035 goals as data, in its own words, with progress "
        + "computed from the figures; the comparative urbanization goal answered met, not met or cannot tell. The "
        + "zone office alone adopts and sets targets (scope targets.manage)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TargetController {

    private static final String BASELINE = "The period progress is measured from; by default 2020 (the year before "
            + "the plan) if there are figures for it, else the first period with figures";
    private static final String SOURCE = "Only figures from exactly this source";

    private final ReadingTargets reading;
    private final AdoptingTarget adopting;
    private final ComparingUrbanization comparing;

    @GetMapping
    @Operation(summary = "The targets with their progress: the indicator's trend for the target's scope from the "
            + "baseline to the latest period, over the units with figures in both, and for a numeric target the "
            + "share of the way to it")
    ResponseEntity<List<TargetView>> list(PageRequest page, @RequestParam(required = false) Integer year,
            @Parameter(description = "zone, province:430000, cluster:<id>…") @RequestParam(required = false)
            String scope, @RequestParam(required = false) PlanArea planArea,
            @Parameter(description = BASELINE) @RequestParam(required = false) String baseline,
            @Parameter(description = SOURCE) @RequestParam(required = false) String source) {
        return Pages.of(reading.list(year, scope, planArea, baseline(baseline), source).stream().map(TargetView::of)
                .toList(), TargetView::id, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One target with its progress; ETag is its version")
    ResponseEntity<TargetView> get(@PathVariable String id,
            @Parameter(description = BASELINE) @RequestParam(required = false) String baseline,
            @Parameter(description = SOURCE) @RequestParam(required = false) String source) {
        TargetProgress target = reading.get(id, baseline(baseline), source);
        return ResponseEntity.ok().eTag(Long.toString(target.target().version())).body(TargetView.of(target));
    }

    @GetMapping("/urbanization-comparison")
    @Operation(summary = "Whether the growth of the zone's urbanization rate of the permanent population (Σ urban ÷ "
            + "Σ resident population of its units) from base to year is higher than the average growth of Hunan's "
            + "and Jiangxi's (values reported for 430000 and 360000), with every number used")
    UrbanizationComparison compare(
            @Parameter(description = "Default 2020, or the first year with figures") @RequestParam(required = false)
            Integer base,
            @Parameter(description = "Default the latest year with figures") @RequestParam(required = false)
            Integer year,
            @Parameter(description = SOURCE) @RequestParam(required = false) String source) {
        return comparing.compare(base, year, source);
    }

    @PostMapping
    @Operation(summary = "Adopt a target for a scope: QUALITATIVE in words, or NUMERIC with its number and the "
            + "document that sets it")
    ResponseEntity<TargetView> adopt(@RequestBody AdoptTargetRequest request, Caller caller) {
        Target target = adopting.adopt(request.toCommand(), caller);
        return VersionedResponses.created(URI.create("/api/v1/targets/" + target.id()), target.version(),
                TargetView.of(reading.withProgress(target, null, null)));
    }

    @PutMapping("/{id}/value")
    @Operation(summary = "Enter or correct the number a target is set at, with its source, against the version "
            + "read (If-Match); the goal's words stay as they are")
    ResponseEntity<TargetView> quantify(@PathVariable String id, @RequestBody QuantifyRequest request,
            IfMatch ifMatch, Caller caller) {
        Target target = adopting.quantify(id, ifMatch.version(), request.targetValue(),
                request.targetSource(), request.reason(), caller);
        return VersionedResponses.ok(target.version(), TargetView.of(reading.withProgress(target, null, null)));
    }

    private static Period baseline(String raw) {
        return raw == null ? null : Period.parse("baseline", raw);
    }

    record AdoptTargetRequest(String id, Integer year, String scope, PlanArea planArea, String indicatorCode,
            zone.xianggan.indicators.targets.model.TargetKind kind, String statement, String statementSource,
            BigDecimal targetValue, String targetSource, String reason) {

        AdoptingTarget.AdoptTarget toCommand() {
            return new AdoptingTarget.AdoptTarget(id, year, scope, planArea, indicatorCode, kind, statement,
                    statementSource, targetValue, targetSource, reason);
        }
    }

    record QuantifyRequest(BigDecimal targetValue, String targetSource, String reason) {
    }
}
