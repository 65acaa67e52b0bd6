package zone.xianggan.platform.web;

import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says of a change made against the version read: its {@code If-Match}. */
@Configuration(proxyBeanMethods = false)
public class OpenApiVersions {

    @Bean
    OperationCustomizer ifMatchHeader() {
        return OpenApiArguments.describing(IfMatch.class, operation -> operation.addParametersItem(
                new HeaderParameter().name(IfMatch.HEADER).required(true).description("The ETag you read (e.g. "
                        + "\"3\"): the change is refused (412) if the resource has changed since, 428 without it")));
    }
}
