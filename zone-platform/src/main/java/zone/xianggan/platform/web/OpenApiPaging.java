package zone.xianggan.platform.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import zone.xianggan.kernel.domain.PageRequest;

/** What the OpenAPI document says of every paginated list: {@code limit}, {@code cursor} and the {@code Link}. */
@Configuration(proxyBeanMethods = false)
public class OpenApiPaging {

    @Bean
    OperationCustomizer pagingParameters() {
        return OpenApiArguments.describing(PageRequest.class, operation -> {
            operation.addParametersItem(new QueryParameter().name(PageArguments.LIMIT).required(false)
                    .description("The most items to answer, 1 to " + PageRequest.MAX_LIMIT)
                    .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                            ._default(PageRequest.DEFAULT_LIMIT)));
            operation.addParametersItem(new QueryParameter().name(PageArguments.CURSOR).required(false)
                    .description("Where to go on: the cursor of the previous answer's Link rel=\"next\" header, as "
                            + "given (opaque)")
                    .schema(new StringSchema()));
            ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
            if (ok != null) {
                ok.addHeaderObject("Link", new Header().schema(new StringSchema()).description(
                        "<same path and query, with cursor>; rel=\"next\" when more items follow"));
            }
        });
    }
}
