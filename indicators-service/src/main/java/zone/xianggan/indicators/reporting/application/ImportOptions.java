package zone.xianggan.indicators.reporting.application;

/**
 * How a batch is taken.
 *
 * @param dryRun        check only: write nothing, and say what would happen
 * @param acceptValid   take the valid rows and report the rest; by default a batch with any rejected row is
 *                      rejected whole
 * @param defaultSource the source of every row that names none
 * @param defaultReason the reason of every revision whose row gives none
 */
public record ImportOptions(boolean dryRun, boolean acceptValid, String defaultSource, String defaultReason) {

    public static final ImportOptions ALL_OR_NOTHING = new ImportOptions(false, false, null, null);
}
