package zone.xianggan.indicators.analysis.web;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.application.CheckingCompleteness;
import zone.xianggan.kernel.domain.IndicatorCode;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Period;
import zone.xianggan.platform.web.Pages;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Aggregates and completeness", description = "Figures along the zone's hierarchy, by each "
        + "indicator's own rule, and which units have not reported")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnalysisController {

    private final AggregatingValues aggregating;
    private final CheckingCompleteness completeness;

    @GetMapping("/aggregates")
    @Operation(summary = "An indicator's value for a scope and period, by its own rule (a sum, a ratio of sums, a "
            + "weighted mean; never a sum of rates), with the units covered and missing")
    AggregateView aggregate(@RequestParam String indicator, @RequestParam String period,
            @ParameterObject ScopeQuery query) {
        return AggregateView.of(aggregating.aggregate(IndicatorCode.parse("indicator", indicator),
                Period.parse("period", period), query.units(), query.source()));
    }

    @GetMapping("/aggregates/series")
    @Operation(summary = "An indicator's aggregate for a scope in every period with figures, oldest first")
    ResponseEntity<List<AggregateView>> series(@RequestParam String indicator, PageRequest page,
            @ParameterObject ScopeQuery query) {
        return Pages.of(aggregating.series(IndicatorCode.parse("indicator", indicator), query.units(), query.source())
                .stream().map(AggregateView::of).toList(), AggregateView::period, page);
    }

    @GetMapping("/completeness")
    @Operation(summary = "Which units of the scope have not reported an indicator for a period, and the rate, "
            + "overall and for each province's part")
    CompletenessView completeness(@RequestParam String indicator, @RequestParam String period,
            @ParameterObject ScopeQuery query) {
        return CompletenessView.of(completeness.completeness(IndicatorCode.parse("indicator", indicator),
                Period.parse("period", period), query.units(), query.source()));
    }

    @GetMapping("/completeness/summary")
    @Operation(summary = "Completeness of every active indicator reported by the period's periodicity")
    ResponseEntity<List<CompletenessView>> summary(@RequestParam String period, PageRequest page,
            @ParameterObject ScopeQuery query) {
        return Pages.of(completeness.summary(Period.parse("period", period), query.units(), query.source()).stream()
                .map(CompletenessView::of).toList(), CompletenessView::indicator, page);
    }
}
