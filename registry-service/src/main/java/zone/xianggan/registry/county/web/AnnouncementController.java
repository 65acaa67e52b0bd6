package zone.xianggan.registry.county.web;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import zone.xianggan.events.Topics;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.registry.county.application.AnnouncingCounties;

@RestController
@Tag(name = "Operations: announcement", description = "The registry's state announced again (scope zone.ops)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnnouncementController {

    private final AnnouncingCounties announcing;

    @PostMapping("/api/v1/counties/announcement")
    @Operation(summary = "Publish every unit's current snapshot again (version unchanged), e.g. after a tombstone or "
            + "a lost topic; 202 once they are in the outbox")
    ResponseEntity<Map<String, Object>> announce(Caller caller) {
        int units = announcing.announceAll(caller);
        return ResponseEntity.accepted().body(Map.of("topic", Topics.REGISTRY_COUNTIES_V1, "unitsAnnounced", units));
    }
}
