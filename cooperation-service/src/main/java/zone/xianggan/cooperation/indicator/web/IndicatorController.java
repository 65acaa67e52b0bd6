package zone.xianggan.cooperation.indicator.web;

import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.cooperation.indicator.application.ReadingIndicators;
import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.web.Pages;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicator catalogue replica", description = "This service's read-only copy of the indicator catalogue, "
        + "built only from indicators.catalogue.v1; outcomes name its active indicators")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IndicatorController {

    private static final Set<String> STATUSES = Set.of(IndicatorSnapshot.ACTIVE, IndicatorSnapshot.RETIRED);

    private final ReadingIndicators reading;

    @GetMapping
    @Operation(summary = "Indicators as the replica holds them, each with the catalogue's version")
    ResponseEntity<List<IndicatorSnapshot>> list(PageRequest page, @RequestParam(required = false) String planArea,
            @RequestParam(required = false) String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw new MalformedInputException(Violation.of("status", "must be one of " + STATUSES, status));
        }
        return Pages.of(reading.list(planArea, status), IndicatorSnapshot::code, page);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One indicator as the replica holds it; ETag is its version")
    ResponseEntity<IndicatorSnapshot> get(@PathVariable String code) {
        IndicatorSnapshot indicator = reading.get(code);
        return ResponseEntity.ok().eTag(Long.toString(indicator.version())).body(indicator);
    }
}
