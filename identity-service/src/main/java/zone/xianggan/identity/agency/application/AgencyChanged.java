package zone.xianggan.identity.agency.application;

/**
 * An agency was registered or changed (or the agencies were seeded): published within the transaction, heard by
 * what follows the agencies' rights (Kafka's ACLs) once it has committed.
 */
public record AgencyChanged(String agencyId) {
}
