package zone.xianggan.identity.agency.model;

import java.util.List;

import zone.xianggan.kernel.access.AgencyKind;

/**
 * An agency as someone asks to register it, before any check. {@code scopes} left out means every scope the kind
 * may hold; {@code topics} are for a subscriber only.
 */
public record Registration(String id, AgencyKind kind, String unit, String province, String nameZh, String nameEn,
        List<String> scopes, List<String> topics) {
}
