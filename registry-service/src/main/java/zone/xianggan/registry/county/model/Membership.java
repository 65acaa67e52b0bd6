package zone.xianggan.registry.county.model;

/**
 * A unit's place in one of the plan's spatial elements.
 *
 * @param cityCluster whether the element is one of the four city clusters (shown as {@code clusters}) rather than
 *                    the core or an ecological zone (shown as {@code spatialElements})
 */
public record Membership(String elementId, boolean cityCluster) {
}
