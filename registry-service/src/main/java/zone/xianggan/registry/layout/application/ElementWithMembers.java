package zone.xianggan.registry.layout.application;

import java.util.List;

import zone.xianggan.registry.layout.model.SpatialElement;

/**
 * An element and its member units by code.
 *
 * @param retiredMembers units that were members when they retired; they stay on record but no longer count
 */
public record ElementWithMembers(SpatialElement element, List<String> members, List<String> retiredMembers) {
}
