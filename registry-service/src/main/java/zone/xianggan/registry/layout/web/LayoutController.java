package zone.xianggan.registry.layout.web;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.platform.web.IfMatch;
import zone.xianggan.platform.web.Pages;
import zone.xianggan.registry.layout.application.ChangingMembers;
import zone.xianggan.registry.layout.application.ReadingLayout;
import zone.xianggan.registry.layout.application.SummarizingZone;
import zone.xianggan.registry.layout.application.ZoneSummary;
import zone.xianggan.registry.layout.model.ElementKind;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Spatial layout", description = "One core, two zones and four city clusters, and the zone summary")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LayoutController {

    private final ReadingLayout reading;
    private final ChangingMembers changing;
    private final SummarizingZone summarizing;

    @GetMapping("/zone")
    @Operation(summary = "The zone at a glance: area, active units by province and kind, the spatial layout")
    ZoneSummary zone() {
        return summarizing.summary();
    }

    @GetMapping("/clusters")
    @Operation(summary = "The four city clusters with their members")
    ResponseEntity<List<SpatialElementView>> clusters(PageRequest page) {
        return Pages.of(reading.list(ElementKind.CITY_CLUSTER).stream().map(SpatialElementView::of).toList(),
                SpatialElementView::id, page);
    }

    @GetMapping("/clusters/{id}")
    ResponseEntity<SpatialElementView> cluster(@PathVariable String id) {
        return element(id);
    }

    @GetMapping("/spatial-elements")
    @Operation(summary = "Every element of the layout (core, ecological zones, city clusters) with its members")
    ResponseEntity<List<SpatialElementView>> elements(@RequestParam(required = false) ElementKind kind,
            PageRequest page) {
        return Pages.of(reading.list(kind).stream().map(SpatialElementView::of).toList(), SpatialElementView::id,
                page);
    }

    @GetMapping("/spatial-elements/{id}")
    ResponseEntity<SpatialElementView> element(@PathVariable String id) {
        SpatialElementView view = SpatialElementView.of(reading.get(id));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/spatial-elements/{id}/history")
    @Operation(summary = "Every change of an element's members: who, when, why, who joined and who left")
    ResponseEntity<List<MembershipHistoryEntry>> history(@PathVariable String id, PageRequest page) {
        return Pages.of(reading.history(id).stream().map(MembershipHistoryEntry::of).toList(),
                entry -> Long.toString(entry.version()), page);
    }

    @PutMapping("/spatial-elements/{id}/members")
    @Operation(summary = "Set the active units that belong to an element (If-Match: its version)")
    ResponseEntity<SpatialElementView> setMembers(@PathVariable String id, @RequestBody MembersRequest request,
            IfMatch ifMatch, Caller caller) {
        SpatialElementView view = SpatialElementView.of(changing.setMembers(id, ifMatch.version(),
                request.members(), caller, request.reason()));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
