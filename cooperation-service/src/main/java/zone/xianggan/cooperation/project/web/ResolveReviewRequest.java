package zone.xianggan.cooperation.project.web;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What the agency decided after reviewing the project")
record ResolveReviewRequest(
        @Schema(example = "Xiangdong District (360313) takes over the unit's part, as agreed by both DRCs")
        String reason) {
}
