package zone.xianggan.registry.layout.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "The codes of the active units that belong to the element, and why they change")
record MembersRequest(
        @Schema(example = "[\"360881\"]") List<String> members,
        @Schema(example = "Zone office decision 2026-11 on the Jinggangshan core") String reason) {
}
