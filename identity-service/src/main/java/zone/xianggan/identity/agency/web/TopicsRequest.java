package zone.xianggan.identity.agency.web;

import java.util.List;

/** The topics a subscriber may read from now on (all of them: this replaces the list), and why. */
record TopicsRequest(List<String> topics, String reason) {
}
