package zone.xianggan.indicators.catalogue.web;

import io.swagger.v3.oas.annotations.media.Schema;

record RetireIndicatorRequest(@Schema(example = "Replaced by NEW_ENERGY_VEHICLE_SHARE") String reason) {
}
