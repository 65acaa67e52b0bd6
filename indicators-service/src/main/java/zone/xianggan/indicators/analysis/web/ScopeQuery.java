package zone.xianggan.indicators.analysis.web;

import io.swagger.v3.oas.annotations.Parameter;

import zone.xianggan.indicators.analysis.model.Scope;

/** The units an analysis is of and the figures it counts: query parameters every analysis takes alike. */
record ScopeQuery(
        @Parameter(description = "zone (default), province:430000, province:360000, cluster:<id> or "
                + "units:430181,430281") String scope,
        @Parameter(description = "Only figures from exactly this source, e.g. to leave out or to show only the "
                + "synthetic sample") String source) {

    Scope units() {
        return Scope.parse(scope);
    }
}
