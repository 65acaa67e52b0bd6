package zone.xianggan.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A controller argument the zone reads the same way in every service ({@code Caller}, {@code PageRequest},
 * {@code IfMatch}): a controller names the type, and the request is read here once.
 */
abstract class ControllerArguments<T> implements HandlerMethodArgumentResolver {

    private final Class<T> type;

    ControllerArguments(Class<T> type) {
        this.type = type;
    }

    /** The argument from the request; a malformed one is refused here, naming what is wrong. */
    abstract T read(NativeWebRequest request, MethodParameter parameter);

    @Override
    public final boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == type;
    }

    @Override
    public final T resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return read(request, parameter);
    }
}
