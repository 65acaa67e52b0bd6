package zone.xianggan.platform.catalogue;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import zone.xianggan.events.catalogue.TopicLayout;
import zone.xianggan.events.catalogue.ZoneAsyncApi;
import zone.xianggan.platform.kafka.ZoneKafkaProperties;
import zone.xianggan.platform.security.IdentityProperties;

/**
 * {@code GET /asyncapi}: the whole zone's events as an AsyncAPI 3.0 document, the same from every service, so that a
 * subscriber finds every topic from whichever it asks (each channel names its owner). It states this deployment's
 * issuer and, where the service declares topics, its partitions and replicas. Open, as the OpenAPI document is; like
 * that document's own path, it is not an operation of the API.
 */
@Hidden
@RestController
public class AsyncApiController {

    private final String document;

    public AsyncApiController(IdentityProperties identity, ObjectProvider<ZoneKafkaProperties> kafka) {
        Optional<TopicLayout> layout = Optional.ofNullable(kafka.getIfAvailable())
                .map(topics -> new TopicLayout(topics.partitions(), topics.replicationFactor()));
        this.document = ZoneAsyncApi.json(identity.issuer(), layout);
    }

    @GetMapping(path = "/asyncapi", produces = MediaType.APPLICATION_JSON_VALUE)
    public String asyncApi() {
        return document;
    }
}
