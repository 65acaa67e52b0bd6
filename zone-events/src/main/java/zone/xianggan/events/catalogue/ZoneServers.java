package zone.xianggan.events.catalogue;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The brokers a subscriber connects to: a production cluster behind TLS (its host is the deployment's, here a
 * placeholder) and the local zone that {@code ./run-local.sh} starts.
 */
final class ZoneServers {

    private ZoneServers() {
    }

    static ObjectNode of(String securityScheme) {
        ObjectNode servers = JsonNodeFactory.instance.objectNode();
        servers.set("production", server("kafka.zone.example:9093", "kafka-secure", "SASL_SSL",
                "The zone's cluster where its traffic crosses a network (placeholder host: the deployment names its "
                        + "own). Clients use security.protocol=SASL_SSL.",
                securityScheme));
        servers.set("local", server("127.0.0.1:9092", "kafka", "SASL_PLAINTEXT",
                "The broker ./run-local.sh starts on this machine. Clients use security.protocol=SASL_PLAINTEXT.",
                securityScheme));
        return servers;
    }

    private static ObjectNode server(String host, String protocol, String securityProtocol, String description,
            String securityScheme) {
        ObjectNode server = JsonNodeFactory.instance.objectNode();
        server.put("host", host);
        server.put("protocol", protocol);
        server.put("description", description);
        server.putArray("security").addObject().put("$ref", "#/components/securitySchemes/" + securityScheme);
        server.put("x-security-protocol", securityProtocol);
        return server;
    }
}
