package zone.xianggan.indicators.reporting.model;

import java.util.List;

import zone.xianggan.kernel.domain.Violation;

/**
 * The answer to a batch, like DHIS2's import summary: how many rows were received, imported (first values),
 * revised, unchanged and rejected, and for each rejected row its number, field and reason.
 *
 * @param dryRun     whether this was only a check: then nothing was written, and the counts say what would be
 * @param committed  whether the accepted rows were written (and their events published)
 * @param rejected   rows rejected (a row may break several rules: each is listed in {@code rejections})
 * @param rejections each reason a row was refused, in row order (rows are 1-based; a CSV's header is not counted)
 */
public record ImportSummary(boolean dryRun, boolean committed, int received, int imported, int revised,
        int unchanged, int rejected, List<Violation> rejections) {

    public ImportSummary {
        rejections = List.copyOf(rejections);
    }
}
