package zone.xianggan.platform.web;

import java.util.Arrays;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

/**
 * How the OpenAPI document shows a {@link ControllerArguments} type: not as the type itself, which is no part of the
 * API, but as the headers or parameters it is read from, on every operation that takes it.
 */
final class OpenApiArguments {

    private OpenApiArguments() {
    }

    static OperationCustomizer describing(Class<?> type, Consumer<Operation> description) {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(type);
        return (operation, handler) -> {
            if (Arrays.asList(handler.getMethod().getParameterTypes()).contains(type)) {
                description.accept(operation);
            }
            return operation;
        };
    }
}
