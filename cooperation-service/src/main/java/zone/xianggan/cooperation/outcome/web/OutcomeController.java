package zone.xianggan.cooperation.outcome.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import zone.xianggan.cooperation.outcome.application.ReadingOutcomes;
import zone.xianggan.cooperation.project.web.ProjectController;

@RestController
@Tag(name = "Outcomes", description = "Expected outcomes against the latest values reported on indicators.values.v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutcomeController {

    private final ReadingOutcomes reading;

    @GetMapping("/api/v1/projects/{id}/outcomes")
    @Operation(summary = "Each expected outcome: baseline, target, latest value with its period, progress, and "
            + "which units have no value yet")
    OutcomesView outcomes(@PathVariable String id) {
        return OutcomesView.of(reading.of(ProjectController.projectId(id)));
    }
}
