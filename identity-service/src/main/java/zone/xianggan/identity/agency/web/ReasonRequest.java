package zone.xianggan.identity.agency.web;

/** Why a change is made, for the record. */
record ReasonRequest(String reason) {
}
